import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandError, JoinError, ParleyApi } from '../../../../electron/shared/bridge';
import { bridgeFailedMessage, bridgeFailure, settledBridge } from '../../../../renderer/src/bridge/settledBridge';
import { bridgeUnavailableMessage } from '../../../../renderer/src/bridge/webSocketBridge';
import { joinErrorText } from '../../../../renderer/src/features/join/joinErrorText';
import { setLocale } from '../../../../renderer/src/i18n';
import { commandErrorText } from '../../../../renderer/src/i18n/commandErrorText';
import { supportedLocales } from '../../../../renderer/src/i18n/locales';
import { createFakeBridge } from '../fakeBridge';

describe('settled bridge', () => {
  it('passes a command and its answer through unchanged', async () => {
    const fake = createFakeBridge();
    const api = settledBridge(fake.api);
    expect(await api.sendMessage({ text: 'hi' })).toEqual({ ok: true, value: null });
    expect(fake.api.sendMessage).toHaveBeenCalledWith({ text: 'hi' });
  });

  it('turns a rejected command into a failure a participant can read', async () => {
    const fake = createFakeBridge();
    fake.api.takeFloor = vi.fn(async () => Promise.reject(new Error("Error invoking remote method 'parley:cmd:takeFloor'")));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await settledBridge(fake.api).takeFloor(null);
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: bridgeFailedMessage, wording: 'bridgeFailed' } });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('answers node_unreachable for a rejected join, the code JoinError has for it', async () => {
    const fake = createFakeBridge();
    fake.api.join.mockRejectedValueOnce(new Error('socket closed'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await settledBridge(fake.api).join({ node: 'n', alias: 'a', displayName: 'd' });
    expect(result).toEqual({ ok: false, error: { code: 'node_unreachable', message: bridgeFailedMessage, wording: 'bridgeFailed' } });
    warn.mockRestore();
  });

  it('turns a command that throws synchronously, or is missing, into a failure', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = createFakeBridge();
    fake.api.leave = vi.fn(() => {
      throw new TypeError('not a function');
    }) as unknown as typeof fake.api.leave;
    const api = settledBridge(fake.api);
    expect(await api.leave({})).toEqual({ ok: false, error: { code: 'failed', message: bridgeFailedMessage, wording: 'bridgeFailed' } });
    // The fake has no kiosk commands: calling one still settles.
    expect(await api.kioskStatus(null)).toEqual({ ok: false, error: { code: 'failed', message: bridgeFailedMessage, wording: 'bridgeFailed' } });
    warn.mockRestore();
  });

  it('reaches a command swapped on the wrapped api after wrapping', async () => {
    const fake = createFakeBridge();
    const api = settledBridge(fake.api);
    fake.api.leave = vi.fn(async () => ({ ok: false as const, error: { code: 'not_joined' as const, message: 'x' } })) as unknown as typeof fake.api.leave;
    expect(await api.leave({})).toEqual({ ok: false, error: { code: 'not_joined', message: 'x' } });
  });

  it('subscribes to events on the wrapped api', () => {
    const fake = createFakeBridge();
    const api: ParleyApi = settledBridge(fake.api);
    const listener = vi.fn();
    const off = api.onEvent(listener);
    fake.emit({ type: 'presentation_stop' } as never);
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    expect(fake.listenerCount()).toBe(0);
  });
});

describe("the bridge's own failures", () => {
  afterEach(() => setLocale('en'));

  const failed = (command: 'join' | 'takeFloor') => {
    const result = bridgeFailure(command);
    if (result.ok) throw new Error('expected a failure');
    return result.error;
  };
  const unavailable = { code: 'node_unreachable', message: bridgeUnavailableMessage, wording: 'bridgeUnavailable' } as const;

  it('read in English exactly as the bridge says them, for a command and for a join', () => {
    expect(commandErrorText(failed('takeFloor') as CommandError)).toBe(bridgeFailedMessage);
    expect(joinErrorText(failed('join') as JoinError)).toBe(bridgeFailedMessage);
    expect(commandErrorText(unavailable)).toBe(bridgeUnavailableMessage);
    expect(joinErrorText(unavailable)).toBe(bridgeUnavailableMessage);
  });

  it("are translated in every other language, a join's too (whose node_unreachable would otherwise keep its English)", () => {
    setLocale('de');
    expect(commandErrorText(failed('takeFloor') as CommandError)).toBe('Parley konnte dies nicht ausführen: Der Meeting-Dienst hat nicht geantwortet. Bitte versuchen Sie es erneut.');
    for (const locale of supportedLocales.filter((other) => other !== 'en')) {
      setLocale(locale);
      for (const text of [commandErrorText(failed('takeFloor') as CommandError), joinErrorText(failed('join') as JoinError)]) expect(text, locale).not.toBe(bridgeFailedMessage);
      for (const text of [commandErrorText(unavailable), joinErrorText(unavailable)]) expect(text, locale).not.toBe(bridgeUnavailableMessage);
      expect(joinErrorText(failed('join') as JoinError)).toBe(commandErrorText(failed('takeFloor') as CommandError));
    }
  });
});
