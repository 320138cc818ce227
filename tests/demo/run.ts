// npm run demo: starts the local simulator and Parley pointed at it, ready to join meet.alice.
// Uses the Electron app when its binary is installed, otherwise the browser host (same renderer
// and core) and prints the address to open in Chromium.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { startSimulator } from '../sim';
import { startBrowserHost } from '../host';

const projectRoot = resolve(import.meta.dirname, '../..');
const simulator = await startSimulator({ port: 18080 });
console.log(`Simulator: ${simulator.url} (rooms meet.alice, meet.pin, meet.guest, meet.reception, meet.test)`);

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const stopAll: (() => Promise<void>)[] = [() => simulator.close()];
const shutdown = (): void => {
  void Promise.all(stopAll.map((stop) => stop())).then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

const electron = electronBinary();
if (electron) {
  const app = spawn(electron, [projectRoot, '--node', simulator.url, '--alias', 'meet.alice'], { stdio: 'inherit' });
  app.on('exit', shutdown);
  stopAll.push(async () => void app.kill('SIGTERM'));
} else {
  const host = await startBrowserHost({ port: 5180, rendererDir: resolve(projectRoot, 'out/renderer'), defaultNode: simulator.url });
  stopAll.push(() => host.close());
  console.log('The Electron binary is not installed here, so Parley runs in the browser host.');
  console.log(`Open ${host.url}/?node=${encodeURIComponent(simulator.url)}&alias=meet.alice in Chromium, then press Join.`);
}
