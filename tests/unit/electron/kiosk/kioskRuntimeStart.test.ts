// A kiosk whose --status-port is taken must fail to start before the room joins: the health
// server starts first, so no meeting is left behind by a start that then fails.
import { createServer, type Server } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeetingService, silentLogger } from '../../../../electron/service';
import { noSecretCodec } from '../../../../electron/kiosk/config/secretCodec';
import { startKioskRuntime } from '../../../../electron/kiosk/kioskRuntime';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('kiosk runtime start', () => {
  it('rejects with EADDRINUSE on a busy status port, having sent no request to the node', async () => {
    const busy: Server = createServer();
    const port = await new Promise<number>((resolve) => busy.listen(0, '127.0.0.1', () => resolve((busy.address() as { port: number }).port)));
    cleanups.push(() => void busy.close());
    const dir = await mkdtemp(join(tmpdir(), 'parley-kiosk-start-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const systemFile = join(dir, 'system.json');
    await writeFile(systemFile, JSON.stringify({ node: 'https://node.example.com', alias: 'meet.room', displayName: 'Room 1', autoJoin: true }));
    const requests: string[] = [];
    const recordingFetch: typeof fetch = (input) => {
      requests.push(String(input instanceof Request ? input.url : input));
      return Promise.reject(new Error('no network in this test'));
    };
    const service = createMeetingService({ fetch: recordingFetch, logger: silentLogger });
    cleanups.push(() => service.shutdown('test over'));

    await expect(
      startKioskRuntime({ service, logger: silentLogger, codec: noSecretCodec, statusPort: port, sources: { systemFile, userFile: join(dir, 'user.json'), flags: {} } }),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
    // Give a join that had started time to send its first request.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(requests).toEqual([]);
    expect(service.joined).toBe(false);
  });
});
