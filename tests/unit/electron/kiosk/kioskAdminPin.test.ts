// The admin PIN guards leaving kiosk mode and Room setup: stored as a salted scrypt hash (a clear
// one is re-saved hashed), wrong guesses lock out and the lockout survives a restart, and a room
// without an admin PIN cannot be left or changed from the room screen at all.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMeetingService, type Logger, type MeetingService } from '../../../../electron/service';
import { createAdminPinCheck } from '../../../../electron/kiosk/adminPin';
import { adminPinMatches, hashAdminPin, isAdminPinHash } from '../../../../electron/kiosk/adminPinHash';
import { createFileLockoutStore } from '../../../../electron/kiosk/adminPinLockout';
import { noSecretCodec } from '../../../../electron/kiosk/config/secretCodec';
import { startKioskRuntime, type KioskRuntime } from '../../../../electron/kiosk/kioskRuntime';

const room = { node: 'https://node.example.com', alias: 'meet.room', displayName: 'Room 1', autoJoin: false };
const setupFields = { node: 'evil.example', alias: 'meet.elsewhere', displayName: 'Hijacked', autoJoin: true };
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-kiosk-admin-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function startRoom(dir: string, file: Record<string, unknown> | null): Promise<{ runtime: KioskRuntime; service: MeetingService; logged: string[]; userFile: string }> {
  const userFile = join(dir, 'user.json');
  if (file) await writeFile(userFile, JSON.stringify(file));
  const logged: string[] = [];
  const record = (msg: string, fields?: Record<string, unknown>): void => void logged.push(`${msg} ${JSON.stringify(fields ?? {})}`);
  const logger: Logger = { debug: record, info: record, warn: record, error: record };
  const service = createMeetingService({ fetch: () => Promise.reject(new Error('no network in this test')), logger });
  const runtime = await startKioskRuntime({ service, logger, codec: noSecretCodec, watchConfig: false, sources: { systemFile: join(dir, 'system.json'), userFile, flags: {} } });
  cleanups.push(async () => {
    await runtime.stop('test over');
    await service.shutdown('test over');
  });
  return { runtime, service, logged, userFile };
}

describe('admin PIN hash', () => {
  it('is salted scrypt that matches only its PIN', () => {
    const one = hashAdminPin('2468');
    const two = hashAdminPin('2468');
    expect(one).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(one).not.toBe(two);
    expect(one).not.toContain('2468');
    expect(isAdminPinHash(one)).toBe(true);
    expect(adminPinMatches('2468', one)).toBe(true);
    expect(adminPinMatches('2469', one)).toBe(false);
    expect(adminPinMatches('', one)).toBe(false);
  });

  it('refuses a hash whose cost a hostile file raised out of bounds', () => {
    const hash = hashAdminPin('2468').replace('$16384$', `$${2 ** 22}$`);
    expect(adminPinMatches('2468', hash)).toBe(false);
  });
});

describe('admin PIN lockout', () => {
  it('locks out after three wrong guesses, and a restart (a new check on the same file) keeps it', async () => {
    const file = join(await folder(), 'lockout.json');
    let now = 1_000;
    const secret = hashAdminPin('2468');
    const first = createAdminPinCheck(() => secret, createFileLockoutStore(file), () => now);
    expect(await first.check('1111')).toBe('wrong');
    expect(await first.check('2222')).toBe('wrong');
    expect(await first.check('3333')).toBe('wrong');
    expect(await first.check('2468')).toBe('locked');

    const restarted = createAdminPinCheck(() => secret, createFileLockoutStore(file), () => now);
    expect(await restarted.check('2468')).toBe('locked');
    now += 30_001;
    expect(await restarted.check('2468')).toBe('accepted');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ failures: 0, lockedUntil: 0 });
  });

  it('a damaged lockout file counts as locked once more, not as a fresh start', async () => {
    const file = join(await folder(), 'lockout.json');
    await writeFile(file, 'not json');
    const check = createAdminPinCheck(() => '2468', createFileLockoutStore(file), () => 0);
    expect(await check.check('1111')).toBe('wrong');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ failures: 4 });
    expect(await check.check('2468')).toBe('locked');
  });
});

describe('kiosk exit and Room setup', () => {
  it('with no admin PIN configured, neither exit nor setup opens, whatever PIN, with a logged reason', async () => {
    const { service, logged } = await startRoom(await folder(), room);
    expect((await service.handlers.kioskStatus(null)).ok && (await service.handlers.kioskStatus(null))).toMatchObject({ value: { adminPinSet: false } });
    for (const pin of ['', '0000', '1234']) {
      expect(await service.handlers.kioskExit({ adminPin: pin })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('no admin PIN') } });
      expect(await service.handlers.kioskSaveSetup({ adminPin: pin, fields: setupFields })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await service.handlers.kioskCheckAdminPin({ pin })).toEqual({ ok: true, value: false });
    }
    expect(logged.some((line) => line.startsWith('Leaving kiosk mode refused: this room has no admin PIN'))).toBe(true);
    expect(logged.some((line) => line.startsWith('Room setup refused: this room has no admin PIN'))).toBe(true);
  });

  it('the first-run setup requires an admin PIN, and writes only its hash', async () => {
    const { service, userFile, runtime } = await startRoom(await folder(), null);
    expect(runtime.policy.status().state).toBe('setup');
    expect(await service.handlers.kioskSaveSetup({ adminPin: '', fields: { ...room, node: 'https://node.example.com' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument', message: expect.stringContaining('Choose an admin PIN') },
    });
    expect(await service.handlers.kioskSaveSetup({ adminPin: '', fields: { ...room, newAdminPin: '97531' } })).toMatchObject({ ok: true, value: { adminPinSet: true } });
    const written = JSON.parse(await readFile(userFile, 'utf8')) as Record<string, unknown>;
    expect(written.adminPin).toBeUndefined();
    expect(typeof written.adminPinHash === 'string' && adminPinMatches('97531', written.adminPinHash)).toBe(true);
    // From now on setup needs that PIN.
    expect(await service.handlers.kioskSaveSetup({ adminPin: '', fields: setupFields })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await service.handlers.kioskExit({ adminPin: '97531' })).toEqual({ ok: true, value: null });
  });

  it('re-saves a clear adminPin as adminPinHash, which then opens exit', async () => {
    const dir = await folder();
    const { service, userFile } = await startRoom(dir, { ...room, adminPin: '24680' });
    const written = JSON.parse(await readFile(userFile, 'utf8')) as Record<string, unknown>;
    expect(written).not.toHaveProperty('adminPin');
    expect(await readFile(userFile, 'utf8')).not.toContain('24680');
    expect(typeof written.adminPinHash === 'string' && isAdminPinHash(written.adminPinHash)).toBe(true);
    await service.shutdown('restart');
    const again = await startRoom(dir, null);
    expect(again.runtime.policy.status().adminPinSet).toBe(true);
    expect(await again.service.handlers.kioskExit({ adminPin: '1111' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await again.service.handlers.kioskExit({ adminPin: '24680' })).toEqual({ ok: true, value: null });
  });

  it('keeps the lockout across a restart of the room', async () => {
    const dir = await folder();
    const first = await startRoom(dir, { ...room, adminPinHash: hashAdminPin('24680') });
    for (const pin of ['1', '2', '3']) await first.service.handlers.kioskExit({ adminPin: pin });
    await first.runtime.stop('restart');
    const again = await startRoom(dir, null);
    expect(await again.service.handlers.kioskExit({ adminPin: '24680' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Too many wrong admin PINs') } });
  });
});
