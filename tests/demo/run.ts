// npm run demo: starts the local simulator and Parley pointed at it, ready to join meet.alice.
// Uses the Electron app when its binary is installed, otherwise the browser host (same renderer
// and core) and prints the address to open in Chromium.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startSimulator } from '../sim';
import { defaultJoinQuery, startBrowserHost, withPageQuery } from '../host';
import { installedElectron } from '../e2e/electronBinary';

const projectRoot = resolve(import.meta.dirname, '../..');
const simulator = await startSimulator({ port: 18080 });
console.log(`Simulator: ${simulator.url} (rooms meet.alice, meet.pin, meet.guest, meet.reception, meet.test)`);


const stopAll: (() => Promise<void>)[] = [() => simulator.close()];
const shutdown = (): void => {
  void Promise.all(stopAll.map((stop) => stop())).then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

// Looked up without require('electron'), which would try to download a missing binary.
const electron = installedElectron(projectRoot);
if (electron) {
  const app = spawn(electron, [projectRoot, '--node', simulator.url, '--alias', 'meet.alice'], { stdio: 'inherit' });
  app.on('exit', shutdown);
  stopAll.push(async () => void app.kill('SIGTERM'));
} else {
  const defaultJoin = { node: simulator.url, alias: 'meet.alice' };
  const host = await startBrowserHost({ port: 5180, rendererDir: resolve(projectRoot, 'out/renderer'), defaultJoin });
  stopAll.push(() => host.close());
  console.log('The Electron binary is not installed here, so Parley runs in the browser host.');
  console.log(`Open ${withPageQuery(host.pageUrl, defaultJoinQuery(defaultJoin))} in Chromium, type your name and press Join.`);
}
