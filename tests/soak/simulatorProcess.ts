// The simulator as a process of its own, so a "node restart" is the real thing: the process is
// killed (every session, token and stream gone) and a new one starts on the same port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const cliPath = resolve(import.meta.dirname, '../sim/cli.ts');
const startLimitMs = 60_000;

export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export class SimulatorProcess {
  private child: ChildProcess | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process; resolves when it prints that it listens. */
  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', '--disable-warning=DEP0151', cliPath, '--port', String(this.port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`the simulator did not start within ${startLimitMs} ms: ${stderr}`)), startLimitMs);
      let stdout = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('listening on')) {
          clearTimeout(timer);
          ready();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`the simulator exited (${code}) before listening: ${stderr}`));
      });
    });
  }

  /** Kills the process at once (SIGKILL, like a crashed node) and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGKILL');
    await exited;
  }
}
