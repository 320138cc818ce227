// The one union of events the main process (or the browser host) sends the renderer.
import type { ChatMessage, ConferenceStatus, ConnectionState, LayoutInfo, Participant, PresentationInfo, StageEntry } from './meeting';
import type { KioskEventBody } from './kioskCommands';
import type { BreakoutEventBody } from './breakouts';
import type { LiveCaption } from './captions';
import type { MeetingLinkResult } from './meetingLink';
import type { DesktopStatusEventBody } from './desktopCommands';
import type { NotificationTarget, WindowMode } from './desktopWindow';
import type { SessionEndWording } from './sessionEndWording';

export type { SessionEndWording } from './sessionEndWording';

/** How a meeting ended, for the "disconnected" screen. */
export type SessionEndCode =
  | 'left' // the user left
  | 'disconnected' // the node disconnected us (host, admin, conference ended)
  | 'token_expired' // refresh could not recover before the token lapsed
  | 'connection_lost'; // the event stream could not be restored

/** Every event of every area. Add an area with `| <Area>EventBody`. */
export type BridgeEventBody = CoreEventBody | KioskEventBody | BreakoutEventBody | DesktopEventBody | DesktopStatusEventBody;

/** Desktop app only (Electron main): what arrives from outside the window. */
export type DesktopEventBody =
  /** A meeting link opened Parley (a second launch, macOS open-url): join it, asking first during a meeting. */
  | { type: 'meeting_link'; result: MeetingLinkResult }
  /** Chosen in the tray or menu bar: the renderer owns microphone and camera, and leaves through its own Leave. */
  | { type: 'tray_action'; action: 'toggle_microphone' | 'toggle_camera' | 'leave' }
  /** Main changed the window (minimized during a call: mini; brought back: full): the renderer shows that layout. */
  | { type: 'window_mode'; mode: WindowMode }
  /** A native notification was clicked: the window is in front; the renderer opens that place. */
  | { type: 'notification_clicked'; target: NotificationTarget };

export type CoreEventBody =
  | { type: 'connection'; state: ConnectionState; reason?: string }
  /** `syncStartedAt`: when participant_sync_begin reached the core (epoch ms), for timing the resync. */
  | { type: 'roster'; participants: Participant[]; syncStartedAt?: number }
  | { type: 'participant_created'; participant: Participant }
  | { type: 'participant_updated'; participant: Participant }
  | { type: 'participant_deleted'; uuid: string }
  | { type: 'conference'; status: ConferenceStatus }
  | { type: 'chat'; message: ChatMessage }
  | { type: 'stage'; stage: StageEntry[] }
  | { type: 'layout'; layout: LayoutInfo }
  | { type: 'presentation_started'; presentation: PresentationInfo }
  | { type: 'presentation_stopped' }
  | { type: 'call_disconnected'; callUuid: string; reason: string }
  | { type: 'session_ended'; code: SessionEndCode; reason: string; wording?: SessionEndWording }
  /** A live caption line (partial or final) for this participant. */
  | { type: 'caption'; caption: LiveCaption }
  /** A new still of the received presentation; `frameId` is what fetchPresentationFrame asks for. */
  | { type: 'presentation_frame'; frameId: string | null }
  /** A splash screen or a breakout room changed: the conference signals are worth reading again. */
  | { type: 'conference_signals_changed' }
  /** Browser host only: open this host page as a popup, which runs the identity provider's sign-in. */
  | { type: 'sso_sign_in_window'; url: string }
  /**
   * Any other Infinity event for main and tests; the renderer never reads it. A documented event
   * carries its validated data, stripped to documented fields; an unknown event carries its name only.
   */
  | { type: 'infinity'; name: string; data?: unknown };

/** An event with the time the core received the underlying Infinity event (epoch ms, sub-ms). */
export type BridgeEvent = BridgeEventBody & { receivedAt: number };

export type BridgeEventListener = (event: BridgeEvent) => void;

