// The CLI prints exactly one line with its URL, serves the rooms file, and stops on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const children: ChildProcess[] = [];
const tempDir = mkdtempSync(join(tmpdir(), 'parley-sim-cli-'));

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(tempDir, { recursive: true, force: true });
});

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing`)));
  });
}

describe('simulator CLI', () => {
  it('prints its URL, serves the rooms file and exits cleanly on SIGTERM', async () => {
    const roomsFile = join(tempDir, 'rooms.json');
    writeFileSync(roomsFile, JSON.stringify([{ alias: 'meet.cli', name: 'CLI Room', serviceType: 'conference' }]));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/sim/cli.ts', '--port', '0', '--rooms', roomsFile, '--token-expiry', '30'],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    const line = await firstLine(child);
    const match = /^Parley simulator listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
    expect(match).not.toBeNull();
    const url = match?.[1] ?? '';
    expect(Number(match?.[2])).toBeGreaterThan(0);

    const joined = await fetch(`${url}/api/client/v2/conferences/meet.cli/request_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ display_name: 'Cli' }),
    });
    expect(await joined.json()).toMatchObject({ result: { conference_name: 'CLI Room', expires: '30' } });

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.trim().split('\n')).toHaveLength(1);
  });

  it('sends the older shapes in every room with --quirks', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/sim/cli.ts', '--port', '0', '--quirks'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(await firstLine(child))?.[1] ?? '';
    const joined = await fetch(`${url}/api/client/v2/conferences/meet.alice/request_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ display_name: 'Old Client' }),
    });
    expect(await joined.json()).toMatchObject({ result: { chat_enabled: 'True', vp9_enabled: 'False', stun: [{ url: '' }] } });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses an unknown option', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/sim/cli.ts', '--bogus', '1'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(child);
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(errors).toMatch(/Unknown option --bogus/);
  });
});
