// The watched configuration file: a valid change applies without a restart (no rejoin when the
// meeting stayed the same), an invalid one is reported in the health document and not applied.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMeetingService, silentLogger } from '../../../../../electron/service';
import { noSecretCodec } from '../../../../../electron/kiosk/config/secretCodec';
import { startKioskRuntime, type KioskRuntime } from '../../../../../electron/kiosk/kioskRuntime';

const base = { node: 'https://node.example.com', alias: 'meet.room', displayName: 'Room 1', autoJoin: false };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startRoom(): Promise<{ runtime: KioskRuntime; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-kiosk-watch-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'kiosk.json');
  await writeFile(file, JSON.stringify(base));
  const fetchNever: typeof fetch = () => Promise.reject(new Error('no network in this test'));
  const service = createMeetingService({ fetch: fetchNever, logger: silentLogger });
  const runtime = await startKioskRuntime({ service, logger: silentLogger, codec: noSecretCodec, sources: { systemFile: join(dir, 'system.json'), userFile: file, flags: {} } });
  cleanups.push(async () => {
    await runtime.stop('test over');
    await service.shutdown('test over');
  });
  return { runtime, file };
}

describe('watched kiosk configuration', () => {
  it('applies a valid change to the file without a restart', async () => {
    const { runtime, file } = await startRoom();
    expect(runtime.policy.status().room.volume).toBe(100);
    await writeFile(file, JSON.stringify({ ...base, volume: 35, displayName: 'Room 2' }));
    await vi.waitFor(() => expect(runtime.policy.status().room.volume).toBe(35), { timeout: 5000 });
    expect(runtime.policy.status().displayName).toBe('Room 2');
    expect(runtime.policy.status().state).toBe('idle');
  });

  it('reports an invalid change and keeps the running configuration', async () => {
    const { runtime, file } = await startRoom();
    await writeFile(file, JSON.stringify({ ...base, volume: 900 }));
    await vi.waitFor(() => expect(runtime.policy.health().configProblems?.problems).toEqual([`${file}: "volume" must be from 0 to 100`]), { timeout: 5000 });
    expect(runtime.policy.status().room.volume).toBe(100);
    expect(runtime.policy.status().state).toBe('idle');
    // Fixing the file clears the report.
    await writeFile(file, JSON.stringify({ ...base, volume: 50 }));
    await vi.waitFor(() => expect(runtime.policy.health().configProblems).toBeNull(), { timeout: 5000 });
    expect(runtime.policy.status().room.volume).toBe(50);
  });
});
