import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHost } from '../../sim/http/loopback';
import { startSimulator } from '../../sim/index';

describe('loopback only', () => {
  it('recognises loopback hosts and peer addresses', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('192.168.1.10')).toBe(false);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::ffff:10.0.0.1')).toBe(false);
    expect(isLoopbackAddress(undefined)).toBe(false);
  });

  it('refuses to start on a non-loopback interface', async () => {
    await expect(startSimulator({ host: '0.0.0.0', port: 0 })).rejects.toThrow(/loopback/);
  });
});
