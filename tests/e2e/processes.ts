// Starts the simulator and the browser host as child processes (as a developer would) and
// reads the URL each prints. Each is stopped by its process id.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');
const tsx = resolve(projectRoot, 'node_modules/.bin/tsx');

export interface RunningProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startScript(script: string, args: string[], urlPattern: RegExp): Promise<RunningProcess> {
  const child = spawn(tsx, [resolve(projectRoot, script), ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '--disable-warning=DEP0151' },
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => {
      // A process that never became ready is still ours to stop.
      child.kill('SIGTERM');
      reject(new Error(`${script} printed no URL:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = urlPattern.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}:\n${output}`));
    });
  });
  // Keep draining output so the child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** The browser host's printed page address, with its per-launch secret fragment. */
export const hostAddressPattern = /listening on (http:\/\/127\.0\.0\.1:\d+\/\S*#bridge=[\w-]+)/;

export function startSimulatorProcess(extraArgs: string[] = []): Promise<RunningProcess> {
  return startScript('tests/sim/cli.ts', ['--port', '0', ...extraArgs], /listening on (https?:\/\/127\.0\.0\.1:\d+)/);
}

export function startHostProcess(): Promise<RunningProcess> {
  return startScript('tests/host/cli.ts', ['--port', '0'], hostAddressPattern);
}
