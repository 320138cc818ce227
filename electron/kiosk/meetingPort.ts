// What the kiosk policy needs from a meeting: the MeetingService's public API, narrowed, so the
// policy can be tested with a fake and never reaches into the core.
import type { BridgeEventListener, JoinError, JoinRequest, Result } from '../shared/bridge';
import type { KioskEventBody } from '../shared/kioskCommands';
import type { JoinedInfo } from '../shared/meeting';

export interface KioskMeetingPort {
  join(request: JoinRequest): Promise<Result<JoinedInfo, JoinError>>;
  /** Leaves (release_token) if in a meeting. */
  leave(reason: string): Promise<void>;
  /** The meeting now in progress, or null. */
  current(): { info: JoinedInfo; participantCount: number } | null;
  /** Hangs up the media call of a renderer that is gone (crashed or reloaded). */
  hangUpCall(): Promise<void>;
  /** Asks the node for a layout; resolves false when refused. */
  requestLayout(layout: string): Promise<boolean>;
  /** Turns live captions on or off for this participant; resolves false when refused. */
  showCaptions(on: boolean): Promise<boolean>;
  onEvent(listener: BridgeEventListener): () => void;
  /** Sends a kiosk event to the room display. */
  emit(body: KioskEventBody): void;
}
