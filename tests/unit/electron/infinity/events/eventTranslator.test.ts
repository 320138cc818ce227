// The typed bridge events' Infinity side: live_captions and presentation_frame become typed
// events whatever spelling the node uses; their wire names never reach the renderer.
import { describe, expect, it } from 'vitest';
import { translateEvent } from '../../../../../electron/infinity/events/eventTranslator';

describe('translating live_captions', () => {
  it('normalises a caption with its sources and languages', () => {
    expect(translateEvent('live_captions', { data: 'hi', is_final: true, src_lang: 'en', tgt_lang: 'de', sources: [{ participant_uuid: 'p1' }] })).toEqual({
      ok: true,
      event: {
        kind: 'live_captions',
        caption: { text: 'hi', isFinal: true, sourceLanguage: 'en', targetLanguage: 'de', sourceParticipantUuids: ['p1'] },
      },
    });
    expect(translateEvent('live_captions', { data: 'hi', is_final: false })).toEqual({
      ok: true,
      event: { kind: 'live_captions', caption: { text: 'hi', isFinal: false, sourceLanguage: null, targetLanguage: null, sourceParticipantUuids: [] } },
    });
  });

  it.each([
    ['YES', true],
    ['NO', false],
    ['True', true],
    ['false', false],
  ])('reads is_final %j as %j', (spelling, isFinal) => {
    expect(translateEvent('live_captions', { data: 'x', is_final: spelling })).toMatchObject({ ok: true, event: { caption: { isFinal } } });
  });

  it('refuses a caption without text, with junk for is_final, or with no data at all', () => {
    expect(translateEvent('live_captions', { is_final: true }).ok).toBe(false);
    expect(translateEvent('live_captions', { data: 'x', is_final: 'maybe' }).ok).toBe(false);
    expect(translateEvent('live_captions', { data: 'x', is_final: true, sources: [{ participant_uuid: 7 }] }).ok).toBe(false);
    expect(translateEvent('live_captions', null).ok).toBe(false);
  });
});

describe('translating presentation_frame', () => {
  it('carries the SSE id the frame is fetched by', () => {
    expect(translateEvent('presentation_frame', {}, 'frame-7')).toEqual({ ok: true, event: { kind: 'presentation_frame', frameId: 'frame-7' } });
    expect(translateEvent('presentation_frame', null)).toEqual({ ok: true, event: { kind: 'presentation_frame', frameId: null } });
  });
});

describe('translating refer', () => {
  it('keeps the one-time token out of what is relayed, also inside a breakout_event', () => {
    const refer = translateEvent('refer', { alias: 'meet.bob', token: 'ONE-TIME' });
    expect(refer).toEqual({ ok: true, event: { kind: 'relayed', event: { name: 'refer', data: { alias: 'meet.bob' } }, referToken: 'ONE-TIME' } });
    const wrapped = translateEvent('breakout_event', { breakout_uuid: 'b1', event: 'refer', data: { alias: 'meet.bob', token: 'ONE-TIME' } });
    expect(JSON.stringify(wrapped.ok ? (wrapped.event as { relayed: unknown }).relayed : null)).not.toContain('ONE-TIME');
  });
});
