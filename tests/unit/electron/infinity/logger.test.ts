import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger, redactFields, redactText } from '../../../../electron/infinity/logger';

describe('logger redaction', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('redacts secret-looking fields at any depth, keeps the rest', () => {
    expect(
      redactFields({
        token: 'SECRET',
        pin: '1234',
        alias: 'meet.alice',
        nested: { headers: { token: 'SECRET', accept: 'x' } },
        list: [{ pwd: 'p', mid: '0' }],
        error: new Error('boom'),
      }),
    ).toEqual({
      token: '[redacted]',
      pin: '[redacted]',
      alias: 'meet.alice',
      nested: { headers: { token: '[redacted]', accept: 'x' } },
      list: [{ pwd: '[redacted]', mid: '0' }],
      error: 'Error: boom',
    });
  });

  it('consoleLogger writes redacted fields', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    consoleLogger.warn('refresh failed', { token: 'SECRET-TOKEN', status: 502 });
    expect(warn).toHaveBeenCalledTimes(1);
    const line = String(warn.mock.calls[0]?.[0]);
    expect(line).toContain('refresh failed');
    expect(line).toContain('502');
    expect(line).not.toContain('SECRET-TOKEN');
  });
});

describe('logger redaction inside text, depth and cycles', () => {
  it('redacts token-like values inside strings and messages', () => {
    expect(
      redactFields({
        url: 'https://node/api/client/v2/conferences/meet.alice/events?token=abc-DEF_123==&x=1',
        body: '{"token": "SECRET-TOKEN", "expires": "120"}',
        escaped: '{\\"pin\\": \\"1234\\"}',
        detail: 'refused pin=1234 for meet.pin',
        error: new Error('request failed: sso_token=XYZ'),
      }),
    ).toEqual({
      url: 'https://node/api/client/v2/conferences/meet.alice/events?token=[redacted]&x=1',
      body: '{"token": "[redacted]", "expires": "120"}',
      escaped: '{\\"pin\\": \\"[redacted]\\"}',
      detail: 'refused pin=[redacted] for meet.pin',
      error: 'Error: request failed: sso_token=[redacted]',
    });
    expect(redactText('joining meet.alice as Alice')).toBe('joining meet.alice as Alice');
  });

  it('survives a cycle and cuts deep values', () => {
    const looped: Record<string, unknown> = { name: 'a' };
    looped['self'] = looped;
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 50; i += 1) deep = { deeper: deep };
    const out = redactFields({ looped, deep });
    expect(out['looped']).toEqual({ name: 'a', self: '[cycle]' });
    expect(JSON.stringify(out)).toContain('[too deep]');
    expect(JSON.stringify(out).length).toBeLessThan(300);
  });

  it('consoleLogger redacts a secret in the message itself', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    consoleLogger.info('opened events?token=SECRET-TOKEN');
    expect(info.mock.calls[0]?.[0]).toBe('[infinity] opened events?token=[redacted]');
    info.mockRestore();
  });
});
