import { describe, expect, it } from 'vitest';
import { earlyCallFits } from '../../../../electron/service/earlyCall';

const videoOffer = { sdp: 'v=0\r\n', mediaType: 'video' as const };

describe('earlyCallFits', () => {
  it('posts an offer early only on a video node with trickle ICE', () => {
    expect(earlyCallFits({ trickleIce: true, callType: 'video' }, videoOffer)).toBe(true);
    expect(earlyCallFits({ trickleIce: true, callType: 'video-only' }, videoOffer)).toBe(true);
    // Without trickle the renderer's offer will carry candidates gathered with the node's ICE servers.
    expect(earlyCallFits({ trickleIce: false, callType: 'video' }, videoOffer)).toBe(false);
    // An audio-only node gets a call of the renderer's own making, not the one made ahead.
    expect(earlyCallFits({ trickleIce: true, callType: 'audio' }, videoOffer)).toBe(false);
    // "Audio only" chosen on a video node: the call made ahead is the one the renderer uses.
    expect(earlyCallFits({ trickleIce: true, callType: 'video' }, { ...videoOffer, mediaType: 'audio' })).toBe(true);
  });
});
