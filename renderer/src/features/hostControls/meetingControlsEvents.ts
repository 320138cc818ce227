// Routes the bridge events the in-meeting controls use: live captions, and whatever can change
// the conference signals (conference_update, layout, splash screens, breakout rooms).
import type { BridgeEvent } from '../../../../electron/shared/bridge';
import { useCaptionsStore } from '../captions/captionsStore';
import { useConferenceSignalsStore } from '../meeting/conferenceSignals';
import { useMeetingControlsStore } from './meetingControlsStore';

export function applyMeetingControlsEvent(event: BridgeEvent): void {
  switch (event.type) {
    case 'caption':
      useCaptionsStore().receive(event.caption, event.receivedAt);
      return;
    case 'conference_signals_changed':
    case 'conference':
    case 'layout':
      void useConferenceSignalsStore().refresh();
      return;
    default:
      return;
  }
}

/** Forgets the last meeting's captions, signals and action results (a new join starts clean). */
export function resetMeetingControls(): void {
  useCaptionsStore().reset();
  useConferenceSignalsStore().reset();
  useMeetingControlsStore().reset();
}
