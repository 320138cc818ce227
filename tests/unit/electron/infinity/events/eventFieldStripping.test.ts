// Only documented (or read) fields leave the core: whatever else a node invents is stripped from every
// event's data, and an unknown event goes on by name only, also inside a breakout_event.
import { describe, expect, it } from 'vitest';
import { translateEvent } from '../../../../../electron/infinity/events/eventTranslator';
import { MeetingState } from '../../../../../electron/infinity/state/meetingState';
import { joinedInfo } from '../../../../support/meetingBuilders';

const invented = { injected: 'x'.repeat(1000), nested: { deeper: [1, 2, 3] } };

describe('stripping fields a node invents', () => {
  it.each([
    ['participant_update', { uuid: 'p1', display_name: 'Ann', ...invented }],
    ['conference_update', { locked: false, classification: { levels: {}, current: null, ...invented }, indicators: { recording: true, ...invented }, ...invented }],
    ['layout', { view: '1:7', participants: [], ...invented }],
    ['message_received', { origin: 'Ann', uuid: 'p1', type: 'text/plain', payload: 'hi', ...invented }],
    ['presentation_start', { presenter_name: 'Ann', ...invented }],
    ['new_offer', { sdp: 'v=0', ...invented }],
    ['new_candidate', { candidate: 'candidate:1', mid: '0', ...invented }],
    ['refer', { alias: 'meet.b', ...invented }],
    ['breakout_begin', { breakout_uuid: 'b1', participant_uuid: 'p1', ...invented }],
    ['breakout_refer', { breakout_uuid: 'b1', breakout_name: 'Room 1', ...invented }],
    ['live_captions', { data: 'hi', is_final: true, sources: [{ participant_uuid: 'p1', ...invented }], ...invented }],
    ['breakout_event', { breakout_uuid: 'b1', event: 'participant_create', data: { uuid: 'p1', display_name: 'Ann', ...invented }, ...invented }],
  ])('%s keeps none of the invented fields', (name, data) => {
    const translated = translateEvent(name, data);
    expect(translated.ok).toBe(true);
    const text = JSON.stringify(translated);
    expect(text).not.toContain('injected');
    expect(text).not.toContain('deeper');
  });

  it('keeps the indicator flags the banners read', () => {
    const translated = translateEvent('conference_update', { indicators: { recording: 'YES', streaming: false } });
    expect(translated).toMatchObject({ ok: true, event: { details: { indicators: { recording: true, streaming: false } } } });
  });
});

describe('relaying an unknown event', () => {
  it('sends only its name across the bridge', () => {
    const state = new MeetingState(joinedInfo({ participantUuid: 'self', role: 'host' }));
    const translated = translateEvent('fecc', { action: 'start', secret: 'y'.repeat(200_000) });
    expect(translated.ok).toBe(true);
    if (!translated.ok) return;
    expect(state.apply(translated.event, 0)).toEqual([{ type: 'infinity', name: 'fecc' }]);
  });

  it('wrapped in a breakout_event, sends the room and the inner name only', () => {
    const translated = translateEvent('breakout_event', { breakout_uuid: 'b1', event: 'fecc', data: { action: 'start', secret: 'y' } });
    expect(translated).toMatchObject({ ok: true, event: { kind: 'breakout_event', relayed: { name: 'breakout_event', data: { breakout_uuid: 'b1', event: 'fecc' } } } });
    expect(JSON.stringify(translated)).not.toContain('secret');
  });
});
