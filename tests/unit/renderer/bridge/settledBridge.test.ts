import { describe, expect, it, vi } from 'vitest';
import type { ParleyApi } from '../../../../electron/shared/bridge';
import { bridgeFailedMessage, settledBridge } from '../../../../renderer/src/bridge/settledBridge';
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
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: bridgeFailedMessage } });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('answers node_unreachable for a rejected join, the code JoinError has for it', async () => {
    const fake = createFakeBridge();
    fake.api.join.mockRejectedValueOnce(new Error('socket closed'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await settledBridge(fake.api).join({ node: 'n', alias: 'a', displayName: 'd' });
    expect(result).toEqual({ ok: false, error: { code: 'node_unreachable', message: bridgeFailedMessage } });
    warn.mockRestore();
  });

  it('turns a command that throws synchronously, or is missing, into a failure', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = createFakeBridge();
    fake.api.leave = vi.fn(() => {
      throw new TypeError('not a function');
    }) as unknown as typeof fake.api.leave;
    const api = settledBridge(fake.api);
    expect(await api.leave({})).toEqual({ ok: false, error: { code: 'failed', message: bridgeFailedMessage } });
    // The fake has no kiosk commands: calling one still settles.
    expect(await api.kioskStatus(null)).toEqual({ ok: false, error: { code: 'failed', message: bridgeFailedMessage } });
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
