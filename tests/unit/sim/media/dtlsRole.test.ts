import { describe, expect, it } from 'vitest';
import { answerAsDtlsServer } from '../../../sim/media/dtlsRole';

describe('the simulator as DTLS server', () => {
  it('makes new transports with no role yet the server', () => {
    const transports = [{ role: 'auto' as const, state: 'new' as const }];
    answerAsDtlsServer(transports);
    expect(transports[0]?.role).toBe('server');
  });

  it('keeps a role already chosen, and the role of a transport already running (a later update)', () => {
    const chosen = { role: 'client' as const, state: 'new' as const };
    const running = { role: 'auto' as const, state: 'connected' as const };
    answerAsDtlsServer([chosen, running]);
    expect(chosen.role).toBe('client');
    expect(running.role).toBe('auto');
  });
});
