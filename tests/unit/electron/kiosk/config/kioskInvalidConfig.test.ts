// A room whose configuration cannot be used (a typo, a PIN this computer cannot decrypt) shows the
// setup screen with the problems. The admin PIN the files name must still guard setup and exit,
// and neither the problems on screen nor the log may quote a PIN from the file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeetingService, silentLogger, type Logger, type MeetingService } from '../../../../../electron/service';
import { declaredAdminPin, jsonSyntaxDetail } from '../../../../../electron/kiosk/config/invalidLayer';
import { loadKioskConfig } from '../../../../../electron/kiosk/config/loadKioskConfig';
import { noSecretCodec } from '../../../../../electron/kiosk/config/secretCodec';
import { startKioskRuntime, type KioskRuntime } from '../../../../../electron/kiosk/kioskRuntime';

const room = '"node": "https://node.example.com", "alias": "meet.room", "displayName": "Room 1", "autoJoin": true';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startRoom(fileText: string): Promise<{ runtime: KioskRuntime; service: MeetingService; logged: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-kiosk-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const systemFile = join(dir, 'system.json');
  await writeFile(systemFile, fileText);
  const logged: string[] = [];
  const record = (msg: string, fields?: Record<string, unknown>): void => void logged.push(`${msg} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { debug: record, info: record, warn: record, error: record };
  const fetchNever: typeof fetch = () => Promise.reject(new Error('no network in this test'));
  const service = createMeetingService({ fetch: fetchNever, logger: silentLogger });
  const runtime = await startKioskRuntime({
    service,
    logger,
    codec: noSecretCodec,
    sources: { systemFile, userFile: join(dir, 'user.json'), flags: {} },
  });
  cleanups.push(async () => {
    await runtime.stop('test over');
    await service.shutdown('test over');
  });
  return { runtime, service, logged };
}

describe('kiosk with a configuration it cannot use', () => {
  it('still asks for the admin PIN a file names when a key is wrong', async () => {
    const { runtime, service } = await startRoom(`{${room}, "adminPin": "24680", "volume": 200}`);
    expect(runtime.config).toBeNull();
    expect(runtime.policy.status()).toMatchObject({ state: 'setup', adminPinSet: true });
    expect(await service.handlers.kioskExit({ adminPin: '1111' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await service.handlers.kioskSaveSetup({ adminPin: '', fields: { node: 'evil.example', alias: 'x', displayName: 'x', autoJoin: true } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await service.handlers.kioskExit({ adminPin: '24680' })).toEqual({ ok: true, value: null });
  });

  it('still asks for it when the meeting PIN cannot be decrypted on this computer', async () => {
    const { service } = await startRoom(`{${room}, "adminPin": "24680", "pinEncrypted": "c2VjcmV0"}`);
    expect(await service.handlers.kioskExit({ adminPin: '' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('still asks for it, and quotes no PIN, when the file is not valid JSON', async () => {
    const { runtime, service, logged } = await startRoom(`{${room}, "adminPin": "24680", "pin": '97531'}`);
    const problems = runtime.policy.status().configProblems;
    expect(problems.join('\n')).toContain('is not valid JSON');
    for (const text of [problems.join('\n'), logged.join('\n')]) {
      expect(text).not.toContain('97531');
      expect(text).not.toContain('24680');
    }
    expect(await service.handlers.kioskExit({ adminPin: '0000' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('leaves a first run (no file at all) open for setup', async () => {
    const result = await loadKioskConfig({ systemFile: '/nonexistent/a.json', userFile: '/nonexistent/b.json', flags: {} }, noSecretCodec);
    expect(result).toMatchObject({ ok: false, problems: [] });
    expect(result.ok === false && result.adminPin).toBeFalsy();
  });
});

describe('invalid layer helpers', () => {
  it('words a JSON syntax error without the text of the file', () => {
    const parse = (text: string): unknown => {
      try {
        return JSON.parse(text);
      } catch (error) {
        return jsonSyntaxDetail(error);
      }
    };
    expect(parse(`{"pin": '1234'}`)).toBe("Unexpected token '''");
    expect(parse('{"pin": x1234}')).toBe('Unexpected character');
    expect(parse('{"pin": "1234" "adminPin": "2468"}')).toMatch(/position \d+/);
    expect(String(parse('{"pin": "1234" "adminPin": "2468"}'))).not.toContain('1234');
  });

  it('finds the admin PIN a file names, parsed or not', () => {
    expect(declaredAdminPin('{"adminPin": "2468", "volume": 200}')).toBe('2468');
    expect(declaredAdminPin('{"adminPin": 2468}')).toBe('2468');
    expect(declaredAdminPin(`{"adminPin": "2468", "pin": '1'}`)).toBe('2468');
    expect(declaredAdminPin('{"volume": 200}')).toBeUndefined();
  });
});
