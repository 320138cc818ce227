// Meeting data as the renderer sees it: normalized from Infinity's wire format by the core,
// so the user interface never parses "YES"/"NO" strings or knows about tokens.

export type Role = 'host' | 'guest';

export type ServiceType =
  | 'conference'
  | 'gateway'
  | 'test_call'
  | 'lecture'
  | 'media_playback'
  | 'waiting_room'
  | 'ivr'
  | 'connecting'
  | 'unknown';

export interface IceServer {
  urls: string[];
  username?: string;
  credential?: string;
}

/** What a successful join tells the renderer. Never contains the token. */
export interface JoinedInfo {
  /** Normalized node base URL, e.g. "https://node.example.com" or "http://127.0.0.1:18080". */
  node: string;
  alias: string;
  conferenceName: string;
  displayName: string;
  participantUuid: string;
  role: Role;
  chatEnabled: boolean;
  /** The service the conference is (conference, lecture, test_call, gateway, ...). */
  serviceType: ServiceType;
  /** Where this participant is right now (e.g. waiting_room while a locked meeting holds them). */
  currentServiceType: ServiceType;
  /** "video" | "video-only" | "audio" as granted by the node. */
  callType: 'video' | 'video-only' | 'audio';
  iceServers: IceServer[];
  trickleIce: boolean;
  guestsCanPresent: boolean;
}

export interface Participant {
  uuid: string;
  displayName: string;
  overlayText: string;
  role: Role;
  serviceType: ServiceType;
  protocol: string;
  /** Muted by a host (is_muted). */
  isMuted: boolean;
  /** Muted on the participant's own device (is_client-muted). */
  isClientMuted: boolean;
  isVideoMuted: boolean;
  isPresenting: boolean;
  isAudioOnly: boolean;
  isVideoCall: boolean;
  isStreaming: boolean;
  hasMedia: boolean;
  /** Unix seconds when the hand was raised; 0 when not raised. */
  buzzTime: number;
  /** Unix seconds when spotlighted; 0 when not. */
  spotlight: number;
  startTime: number;
  canMute: boolean;
  canDisconnect: boolean;
  canTransfer: boolean;
  canPresent: boolean;
  rxPresentationAllowed: boolean;
  showLiveCaptions: boolean;
  callTag: string;
}

export interface ConferenceStatus {
  locked: boolean;
  guestsMuted: boolean;
  allMuted: boolean;
  started: boolean;
  presentationAllowed: boolean;
  guestsCanPresent: boolean;
  guestsCanUnmute: boolean;
  liveCaptionsAvailable: boolean;
  directMedia: boolean;
  messageText: string | null;
  classification: string | null;
  breakoutRooms: boolean;
}

export interface ChatMessage {
  /** Sender's display name as the node reports it. */
  origin: string;
  /** Sender's participant uuid. */
  senderUuid: string;
  /** MIME type: "text/plain" or "application/json". */
  type: string;
  payload: string;
  /** True when sent only to this participant. */
  direct: boolean;
  /** Epoch milliseconds when the core received it. */
  receivedAt: number;
}

export interface StageEntry {
  participantUuid: string;
  stageIndex: number;
  /** 0 = silent, 100 = speaking. */
  vad: number;
}

export interface LayoutInfo {
  view: string;
  participants: string[];
  requestedLayout: string | null;
  overlayTextEnabled: boolean;
}

export interface PresentationInfo {
  presenterName: string;
  presenterUri: string;
  source: string;
}

/** The state the core keeps for a meeting, so a reloaded renderer (or the tray, kiosk) can resume. */
export interface MeetingSnapshot {
  info: JoinedInfo;
  participants: Participant[];
  conference: ConferenceStatus | null;
  stage: StageEntry[];
  layout: LayoutInfo | null;
  presentation: PresentationInfo | null;
  chatHistory: ChatMessage[];
  connection: ConnectionState;
}

export type ConnectionState = 'connected' | 'reconnecting';
