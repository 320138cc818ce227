// The one subscription to bridge events: each event goes to the store that owns it.
import type { BridgeEvent, ParleyApi } from '../../../../electron/shared/bridge';
import { recordRelayLatency } from './relayLatency';
import { useCallStore } from '../call/callStore';
import { useChatStore } from '../chat/chatStore';
import { useRosterStore } from '../roster/rosterStore';
import { useSessionStore } from './sessionStore';
import { applyMeetingControlsEvent } from '../hostControls/meetingControlsEvents';
import { applyPresentationEvent } from '../presentation/presentationEvents';
import { useKioskStore } from '../kiosk/kioskStore';
import { useBreakoutsStore } from '../breakouts/breakoutsStore';
import { useLinkStore } from '../links/linkStore';
import { useDesktopStatusStore } from '../desktop/desktopStatusStore';
import { useMiniViewStore } from '../miniView/miniViewStore';
import { useMeetingLayoutStore } from '../meeting/meetingLayoutStore';

/** Applies one event; false when no store uses it. */
function applyEvent(event: BridgeEvent): boolean {
  switch (event.type) {
    case 'connection':
      useSessionStore().setConnection(event.state);
      return true;
    // The roster applies these once per frame and records their latency when it does.
    case 'roster':
      useRosterStore().replace(event.participants, event.receivedAt, event.syncStartedAt);
      return false;
    case 'participant_created':
    case 'participant_updated':
      useRosterStore().upsert(event.participant, event.receivedAt);
      return false;
    case 'participant_deleted':
      useRosterStore().remove(event.uuid, event.receivedAt);
      return false;
    case 'stage':
      useRosterStore().setStage(event.stage);
      return true;
    case 'conference':
      useSessionStore().setConference(event.status);
      return true;
    case 'presentation_started':
      useSessionStore().setPresentation(event.presentation);
      return true;
    case 'presentation_stopped':
      useSessionStore().setPresentation(null);
      return true;
    case 'chat':
      useChatStore().receive(event.message);
      return true;
    case 'call_disconnected':
      useCallStore().handleCallDisconnected(event.callUuid, event.reason);
      return true;
    case 'session_ended':
      useSessionStore().handleSessionEnded(event.code, event.reason, event.wording);
      return true;
    case 'moved':
      // A breakout room move (or back): the meeting goes on; only the call is made again, in the new room.
      if (useSessionStore().handleMoved(event.info)) {
        useBreakoutsStore().handleMoved(event.room);
        void useCallStore().move(event.info);
      }
      return true;
    case 'breakout_rooms':
      useBreakoutsStore().setRooms(event.rooms);
      return true;
    case 'breakout_location':
      useBreakoutsStore().setLocation(event.location);
      return true;
    case 'kiosk_status':
    case 'kiosk_joined':
      useKioskStore().handleEvent(event);
      return true;
    case 'sso_sign_in_window':
      // The browser host's sign-in: a popup of the host's own page (Electron main opens its own window).
      useSessionStore().openSignInWindow(event.url);
      return true;
    case 'meeting_link':
      void useLinkStore().arrive(event.result);
      return true;
    case 'desktop_status':
    case 'system_shortcut':
      useDesktopStatusStore().apply(event);
      return true;
    case 'tray_action':
      if (event.action === 'toggle_microphone') void useCallStore().toggleMicrophone();
      else if (event.action === 'toggle_camera') useCallStore().toggleCamera();
      else void useSessionStore().leave();
      return true;
    case 'window_mode':
      useMiniViewStore().apply(event.mode);
      return true;
    case 'notification_clicked':
      // Main has brought the full window to the front; the renderer opens the place.
      useMiniViewStore().apply('full');
      useMeetingLayoutStore().openPlace(event.target);
      return true;
    // The in-meeting controls and the presentation store take these (below).
    case 'layout':
    case 'caption':
    case 'presentation_frame':
    case 'conference_signals_changed':
    case 'infinity':
      return false;
  }
}

export function subscribeToBridge(api: ParleyApi): () => void {
  return api.onEvent((event) => {
    if (applyEvent(event)) recordRelayLatency(event.receivedAt);
    applyMeetingControlsEvent(event);
    applyPresentationEvent(event);
  });
}
