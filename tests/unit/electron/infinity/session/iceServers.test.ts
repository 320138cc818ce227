import { describe, expect, it } from 'vitest';
import { iceServersOf, isIceUrl } from '../../../../../electron/infinity/session/iceServers';
import { interpretTokenResponse, type JoinContext } from '../../../../../electron/infinity/session/joinOutcome';
import { tokenResult } from '../../../../support/fakeNode';

const context: JoinContext = { node: 'https://node.example.com', host: 'node.example.com', alias: 'meet.alice', pinSent: false };

/** The iceServers a join with this request_token result hands the renderer. */
function joinedIceServers(overrides: Record<string, unknown>) {
  const body = tokenResult(overrides);
  if (overrides['stun'] === undefined) delete (body.result as Record<string, unknown>)['stun'];
  const outcome = interpretTokenResponse(200, body, context);
  if (outcome.kind !== 'joined') throw new Error('expected a join');
  return outcome.session.info.iceServers;
}

describe('ICE servers from request_token', () => {
  it('has no STUN server when stun is missing (Infinity without a STUN server)', () => {
    expect(joinedIceServers({ turn: [] })).toEqual([]);
  });

  it('has no STUN server for an empty stun list', () => {
    expect(joinedIceServers({ stun: [], turn: [] })).toEqual([]);
  });

  it('skips the empty URL of an older node ([{"url": ""}]), which Chromium refuses', () => {
    expect(joinedIceServers({ stun: [{ url: '' }], turn: [] })).toEqual([]);
    expect(joinedIceServers({ stun: [{ url: '  ' }, { url: 'stun:stun.example.com:3478' }], turn: [] })).toEqual([
      { urls: ['stun:stun.example.com:3478'] },
    ]);
  });

  it('keeps populated STUN and TURN servers', () => {
    expect(joinedIceServers({ stun: [{ url: 'stun:10.0.0.1:3478' }, { url: 'stuns:stun.example.com' }] })).toEqual([
      { urls: ['stun:10.0.0.1:3478'] },
      { urls: ['stuns:stun.example.com'] },
      { urls: ['turn:127.0.0.1:3478'], username: 'u', credential: 'c' },
    ]);
  });

  it('drops malformed URLs and a TURN server left without any', () => {
    expect(
      iceServersOf({
        stun: [{ url: 'http://stun.example.com' }, { url: 'stun:' }, { url: 'stun:has space' }, { url: 'STUN:Upper.example.com:3478' }],
        turn: [
          { urls: ['', 'turn:'], username: 'u', credential: 'c' },
          { urls: 'turn:relay.example.com:443?transport=tcp', username: 'v', credential: 'd' },
        ],
      }),
    ).toEqual([{ urls: ['STUN:Upper.example.com:3478'] }, { urls: ['turn:relay.example.com:443?transport=tcp'], username: 'v', credential: 'd' }]);
  });

  it('recognises STUN and TURN URLs only', () => {
    expect(['stun:h', 'stun:h:3478', 'turns:h:443?transport=tcp', 'turn:[::1]:3478'].every(isIceUrl)).toBe(true);
    expect(['', 'stun:', 'h:3478', 'https://h', 'stun: h', 'stun:/h'].some(isIceUrl)).toBe(false);
  });
});
