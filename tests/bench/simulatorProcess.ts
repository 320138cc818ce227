// The bench's simulator in a Node process of its own (tests/sim/cli.ts), as a node is a server of
// its own: its werift media (SRTP in JavaScript for every call) then never holds up the browser
// host's bridge in the bench process, and Parley and Pexip's SDK meet the same separate node.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RoomConfig } from '../sim';

export interface SimulatorProcess {
  url: string;
  close(): Promise<void>;
}

const cliPath = resolve(import.meta.dirname, '../sim/cli.ts');
const startLimitMs = 30_000;

export async function startSimulatorProcess(rooms: RoomConfig[]): Promise<SimulatorProcess> {
  const folder = await mkdtemp(join(tmpdir(), 'parley-bench-sim-'));
  const roomsFile = join(folder, 'rooms.json');
  await writeFile(roomsFile, JSON.stringify(rooms));
  // The same Node and loader (tsx) as this process.
  const child = spawn(process.execPath, [...process.execArgv, cliPath, '--port', '0', '--rooms', roomsFile], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  try {
    const url = await new Promise<string>((found, failed) => {
      let printed = '';
      const timer = setTimeout(() => failed(new Error('the simulator did not start within 30 s')), startLimitMs);
      child.stdout.on('data', (chunk: Buffer) => {
        printed += chunk.toString();
        const match = /listening on (\S+)/.exec(printed);
        if (match?.[1]) {
          clearTimeout(timer);
          found(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        failed(new Error(`the simulator exited (${String(code)}) before listening`));
      });
    });
    return {
      url,
      async close() {
        if (child.exitCode === null) child.kill('SIGTERM');
        await exited;
        await rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGTERM');
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
