import { afterEach, describe, expect, it, vi } from 'vitest';
import { consoleLogger, redactFields } from '../../../../electron/infinity/logger';

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
