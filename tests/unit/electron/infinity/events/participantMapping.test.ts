import { describe, expect, it } from 'vitest';
import { translateEvent } from '../../../../../electron/infinity/events/eventTranslator';
import { toConferenceStatus, toLayout } from '../../../../../electron/infinity/events/conferenceMapping';
import { wireConferenceSchema, layoutSchema } from '../../../../../electron/infinity/events/eventSchemas';
import { wireParticipant } from '../../../../support/fakeNode';

function participantOf(data: unknown) {
  const translated = translateEvent('participant_create', data);
  if (!translated.ok || translated.event.kind !== 'participant_create') throw new Error('not a participant');
  return translated.event.participant;
}

describe('participant normalization', () => {
  it('normalizes the documented wire format', () => {
    expect(participantOf(wireParticipant('p1', 'Alice'))).toEqual({
      uuid: 'p1',
      displayName: 'Alice',
      overlayText: 'Alice',
      role: 'host',
      serviceType: 'conference',
      protocol: 'api',
      isMuted: false,
      isClientMuted: false,
      isVideoMuted: false,
      isPresenting: false,
      isAudioOnly: false,
      isVideoCall: true,
      isStreaming: false,
      hasMedia: true,
      buzzTime: 0,
      spotlight: 0,
      startTime: 1700000000,
      canMute: true,
      canDisconnect: true,
      canTransfer: true,
      canPresent: true,
      rxPresentationAllowed: true,
      showLiveCaptions: false,
      callTag: '',
    });
  });

  it('reads YES/NO flags, guest role, hyphenated mute keys and DENY policy', () => {
    const participant = participantOf(
      wireParticipant('p2', 'Bob', {
        role: 'guest',
        is_muted: 'YES',
        'is_client-muted': true,
        is_video_muted: undefined,
        'is_video-muted': true,
        is_presenting: 'YES',
        is_audio_only_call: 'YES',
        rx_presentation_policy: 'DENY',
        buzz_time: 1700000100,
        service_type: 'waiting_room',
      }),
    );
    expect(participant).toMatchObject({
      role: 'guest',
      isMuted: true,
      isClientMuted: true,
      isVideoMuted: true,
      isPresenting: true,
      isAudioOnly: true,
      rxPresentationAllowed: false,
      buzzTime: 1700000100,
      serviceType: 'waiting_room',
    });
  });

  it('accepts the underscore video mute key and unknown service types', () => {
    const participant = participantOf(wireParticipant('p3', 'Cy', { is_video_muted: true, service_type: 'future_thing' }));
    expect(participant.isVideoMuted).toBe(true);
    expect(participant.serviceType).toBe('unknown');
  });

  it('fills defaults for a minimal participant and ignores extra fields', () => {
    const participant = participantOf({ uuid: 'p4', display_name: 'Di', something_new: { nested: true } });
    expect(participant).toMatchObject({ uuid: 'p4', displayName: 'Di', overlayText: 'Di', role: 'guest', isMuted: false });
  });

  it.each([
    ['missing uuid', { display_name: 'X' }],
    ['number as a flag', { uuid: 'x', display_name: 'X', is_muted: 1 }],
    ['unknown role', { uuid: 'x', display_name: 'X', role: 'admin' }],
    ['string as a time', { uuid: 'x', display_name: 'X', start_time: 'yesterday' }],
    ['not an object', 'hello'],
  ])('rejects a participant with %s', (_label, data) => {
    expect(translateEvent('participant_update', data).ok).toBe(false);
  });
});

describe('conference and layout normalization', () => {
  it('reads conference_update (underscores) and conference_status (hyphens) alike', () => {
    const fromEvent = wireConferenceSchema.parse({ locked: true, guests_muted: true, message_text: 'Hi', direct_media: false });
    const fromStatus = wireConferenceSchema.parse({ locked: true, 'guests-muted': true, 'message-text': 'Hi', 'direct-media': false });
    expect(toConferenceStatus(fromEvent, null)).toEqual(toConferenceStatus(fromStatus, null));
    expect(toConferenceStatus(fromEvent, null)).toMatchObject({ locked: true, guestsMuted: true, messageText: 'Hi' });
  });

  it('merges a partial update onto the previous status and resolves the classification name', () => {
    const first = toConferenceStatus(wireConferenceSchema.parse({ locked: true, started: false }), null);
    const second = toConferenceStatus(
      wireConferenceSchema.parse({ started: true, classification: { levels: { '1': 'Official' }, current: 1 } }),
      first,
    );
    expect(second).toMatchObject({ locked: true, started: true, classification: 'Official' });
  });

  it('picks the requested layout for the role from a Virtual Auditorium object', () => {
    const wire = layoutSchema.parse({
      view: '1:7',
      participants: ['a'],
      requested_layout: { primary_screen: { chair_layout: '2:21', guest_layout: '2x2' } },
      overlay_text_enabled: true,
    });
    expect(toLayout(wire, 'host')).toEqual({ view: '1:7', participants: ['a'], requestedLayout: '2:21', overlayTextEnabled: true });
    expect(toLayout(wire, 'guest').requestedLayout).toBe('2x2');
  });

  it('passes unknown events on by name only and validates known ones', () => {
    expect(translateEvent('future_event', { data: 'hi' })).toEqual({ ok: true, event: { kind: 'other', name: 'future_event' } });
    expect(translateEvent('x'.repeat(5000), { data: 'hi' })).toEqual({ ok: true, event: { kind: 'other', name: 'x'.repeat(64) } });
    // live_captions is a documented event now: its data is checked.
    expect(translateEvent('live_captions', { data: 'hi' }).ok).toBe(false);
    expect(translateEvent('stage', [{ participant_uuid: 'a', stage_index: 0, vad: '100' }]).ok).toBe(false);
    expect(translateEvent('message_received', { origin: 'A', uuid: 'a', type: 'text/plain' }).ok).toBe(false);
    expect(translateEvent('disconnect', null)).toEqual({ ok: true, event: { kind: 'disconnect', reason: '' } });
  });
});
