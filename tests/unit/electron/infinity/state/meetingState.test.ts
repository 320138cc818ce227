import { describe, expect, it } from 'vitest';
import { MeetingState, chatHistoryLimit } from '../../../../../electron/infinity/state/meetingState';
import { translateEvent, type InfinityEvent } from '../../../../../electron/infinity/events/eventTranslator';
import type { JoinedInfo } from '../../../../../electron/shared/meeting';
import { wireParticipant } from '../../../../support/fakeNode';
import { joinedInfo } from '../../../../support/meetingBuilders';

const info: JoinedInfo = joinedInfo({ conferenceName: 'Alice', displayName: 'Alice', participantUuid: 'self', role: 'host' });

function event(name: string, data: unknown = null): InfinityEvent {
  const translated = translateEvent(name, data);
  if (!translated.ok) throw new Error(translated.issue);
  return translated.event;
}

function apply(state: MeetingState, name: string, data: unknown = null) {
  return state.apply(event(name, data), 1000);
}

describe('MeetingState', () => {
  it('buffers a participant sync and emits one roster at its end', () => {
    const state = new MeetingState(info);
    expect(apply(state, 'participant_sync_begin')).toEqual([]);
    expect(apply(state, 'participant_create', wireParticipant('a', 'A'))).toEqual([]);
    expect(apply(state, 'participant_create', wireParticipant('b', 'B'))).toEqual([]);
    expect(apply(state, 'participant_update', wireParticipant('b', 'Bee'))).toEqual([]);
    const emitted = apply(state, 'participant_sync_end');
    expect(emitted).toHaveLength(1);
    expect(emitted[0]?.type).toBe('roster');
    expect(emitted[0]?.type === 'roster' && emitted[0].participants.map((p) => p.displayName)).toEqual(['A', 'Bee']);
  });

  it('tells when the sync began, for timing the resync', () => {
    const state = new MeetingState(info);
    state.apply(event('participant_sync_begin', null), 1234.5);
    state.apply(event('participant_create', wireParticipant('a', 'A')), 1240);
    const [roster] = state.apply(event('participant_sync_end', null), 1250);
    expect(roster).toMatchObject({ type: 'roster', syncStartedAt: 1234.5 });
  });

  it('replaces (not merges) the roster on a resync', () => {
    const state = new MeetingState(info);
    apply(state, 'participant_sync_begin');
    apply(state, 'participant_create', wireParticipant('a', 'A'));
    apply(state, 'participant_create', wireParticipant('gone', 'Gone'));
    apply(state, 'participant_sync_end');
    apply(state, 'participant_sync_begin');
    apply(state, 'participant_create', wireParticipant('a', 'A'));
    apply(state, 'participant_sync_end');
    expect(state.snapshot().participants.map((p) => p.uuid)).toEqual(['a']);
  });

  it('applies live deltas after the sync', () => {
    const state = new MeetingState(info);
    apply(state, 'participant_sync_begin');
    apply(state, 'participant_sync_end');
    expect(apply(state, 'participant_create', wireParticipant('c', 'C'))[0]?.type).toBe('participant_created');
    expect(apply(state, 'participant_update', wireParticipant('c', 'C2'))[0]?.type).toBe('participant_updated');
    expect(apply(state, 'participant_delete', { uuid: 'c' })).toEqual([{ type: 'participant_deleted', uuid: 'c' }]);
    expect(state.snapshot().participants).toEqual([]);
  });

  it('drops a half-received sync when the connection is lost', () => {
    const state = new MeetingState(info);
    apply(state, 'participant_sync_begin');
    apply(state, 'participant_create', wireParticipant('a', 'A'));
    expect(state.setConnection('reconnecting', 'dropped')).toEqual({ type: 'connection', state: 'reconnecting', reason: 'dropped' });
    expect(state.setConnection('reconnecting', 'again')).toBeNull();
    expect(apply(state, 'participant_sync_end')).toEqual([]);
    expect(state.setConnection('connected')).toEqual({ type: 'connection', state: 'connected' });
  });

  it('gives the conference signal sources as the full snapshot has them, without the roster', () => {
    const state = new MeetingState(info);
    apply(state, 'participant_sync_begin');
    apply(state, 'participant_create', wireParticipant('a', 'A'));
    apply(state, 'participant_sync_end');
    apply(state, 'conference_update', { locked: true, indicators: { recording: true } });
    apply(state, 'layout', { view: '1:0', participants: ['a'], indicators: { streaming: true } });
    apply(state, 'splash_screen', { screen_key: 'direct_media_welcome' });
    const full = state.fullSnapshot();
    const sources = state.signalSources();
    expect(sources).toEqual({
      conferenceDetails: full.conferenceDetails,
      layoutDetails: full.layoutDetails,
      splashScreen: full.splashScreen,
      openBreakouts: full.breakouts.length,
    });
    expect(sources.splashScreen).toBe('direct_media_welcome');
    expect(sources.conferenceDetails).not.toBeNull();
    expect('participants' in sources).toBe(false);
  });

  it('keeps conference, stage, layout, presentation and chat in the snapshot', () => {
    const state = new MeetingState(info);
    apply(state, 'conference_update', { locked: true });
    apply(state, 'stage', [{ participant_uuid: 'a', stage_index: 0, vad: 100 }]);
    apply(state, 'layout', { view: '1:0', participants: ['a'] });
    apply(state, 'presentation_start', { presenter_name: 'Bob', presenter_uri: 'bob@x', source: 'video' });
    apply(state, 'message_received', { origin: 'Bob', uuid: 'b', type: 'text/plain', payload: 'hi', direct: false });
    const snapshot = state.snapshot();
    expect(snapshot.conference?.locked).toBe(true);
    expect(snapshot.stage).toEqual([{ participantUuid: 'a', stageIndex: 0, vad: 100 }]);
    expect(snapshot.layout?.view).toBe('1:0');
    expect(snapshot.presentation).toEqual({ presenterName: 'Bob', presenterUri: 'bob@x', source: 'video' });
    expect(snapshot.chatHistory).toEqual([{ origin: 'Bob', senderUuid: 'b', type: 'text/plain', payload: 'hi', direct: false, receivedAt: 1000 }]);
    apply(state, 'presentation_stop');
    expect(state.snapshot().presentation).toBeNull();
    // The snapshot is a copy: changing it does not change the state.
    snapshot.chatHistory.length = 0;
    expect(state.snapshot().chatHistory).toHaveLength(1);
  });

  it('ignores a fetched conference status once an event has given a newer one', () => {
    const state = new MeetingState(info);
    apply(state, 'conference_update', { locked: true });
    expect(state.applyFetchedConference({ locked: false })).toBeNull();
    expect(state.snapshot().conference?.locked).toBe(true);
  });

  it('bounds the chat history', () => {
    const state = new MeetingState(info);
    for (let i = 0; i < chatHistoryLimit + 5; i += 1) {
      apply(state, 'message_received', { origin: 'B', uuid: 'b', type: 'text/plain', payload: `m${i}` });
    }
    const history = state.snapshot().chatHistory;
    expect(history).toHaveLength(chatHistoryLimit);
    expect(history[0]?.payload).toBe('m5');
  });
});

describe('MeetingState typed bridge events', () => {
  it('relays a caption typed and keeps none of them', () => {
    const state = new MeetingState(info);
    expect(apply(state, 'live_captions', { data: 'Hello', is_final: 'YES', sources: [{ participant_uuid: 'a' }] })).toEqual([
      { type: 'caption', caption: { text: 'Hello', isFinal: true, sourceLanguage: null, targetLanguage: null, sourceParticipantUuids: ['a'] } },
    ]);
    expect('captions' in state.fullSnapshot()).toBe(false);
  });

  it('announces a presentation frame typed and remembers its id until the presentation stops', () => {
    const state = new MeetingState(info);
    const translated = translateEvent('presentation_frame', {}, 'frame-1');
    if (!translated.ok) throw new Error(translated.issue);
    expect(state.apply(translated.event, 1000)).toEqual([{ type: 'presentation_frame', frameId: 'frame-1' }]);
    expect(state.latestPresentationFrameId).toBe('frame-1');
    apply(state, 'presentation_stop', {});
    expect(state.latestPresentationFrameId).toBeNull();
  });

  it('tells the renderer to read the signals again after a splash screen or a breakout room change', () => {
    const state = new MeetingState(info);
    const signalsChanged = { type: 'conference_signals_changed' };
    expect(apply(state, 'splash_screen', { screen_key: 'direct_media_welcome' })).toContainEqual(signalsChanged);
    expect(apply(state, 'breakout_begin', { breakout_uuid: 'b1', participant_uuid: 'c1' })).toContainEqual(signalsChanged);
    expect(apply(state, 'breakout_event', { breakout_uuid: 'b1', event: 'participant_sync_begin', data: null })).toContainEqual(signalsChanged);
    expect(apply(state, 'breakout_end', { breakout_uuid: 'b1' })).toContainEqual(signalsChanged);
    expect(apply(state, 'new_candidate', { candidate: 'c' })).not.toContainEqual(signalsChanged);
    expect(apply(state, 'refer', { alias: 'meet.bob' })).toEqual([{ type: 'infinity', name: 'refer', data: { alias: 'meet.bob' } }]);
  });
});
