// Routes the bridge events the in-meeting controls use: live captions, and whatever can change
// the conference signals (conference_update, layout, splash screens, breakout rooms).
import type { BridgeEvent } from '../../../../electron/shared/bridge';
import { useCaptionsStore } from '../captions/captionsStore';
import { useConferenceSignalsStore } from '../meeting/conferenceSignals';
import { useMeetingControlsStore } from './meetingControlsStore';

const signalEvents = new Set(['splash_screen', 'breakout_begin', 'breakout_end', 'breakout_event']);

export function applyMeetingControlsEvent(event: BridgeEvent): void {
  switch (event.type) {
    case 'infinity':
      if (event.name === 'live_captions') useCaptionsStore().receive(event.data, event.receivedAt);
      else if (signalEvents.has(event.name)) void useConferenceSignalsStore().refresh();
      return;
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
