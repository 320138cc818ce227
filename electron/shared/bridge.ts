// The bridge contract: every command the renderer may send to the main process (or the browser
// host), with its argument, result and typed error, and the one union of events sent back.
// Types only; the preload implements it over Electron IPC, tests/host over a WebSocket.
import type {
  ChatMessage,
  ConferenceStatus,
  ConnectionState,
  JoinedInfo,
  LayoutInfo,
  MeetingSnapshot,
  Participant,
  PresentationInfo,
  StageEntry,
} from './meeting';
import { meetingControlsCommandNames, type MeetingControlsCommandMap } from './meetingControlsCommands';
import { presentationCommandNames, type PresentationCommandMap } from './presentationCommands';
import { kioskCommandNames, type KioskCommandMap, type KioskEventBody } from './kioskCommands';

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export type PinRequirement = 'required' | 'none';

export interface IdentityProvider {
  uuid: string;
  name: string;
}

/** Why a join did not succeed. `message` is written for a meeting participant; `detail` is Pexip's own text. */
export type JoinError =
  | { code: 'pin_required'; message: string; hostPin: PinRequirement; guestPin: PinRequirement }
  | { code: 'invalid_pin'; message: string; detail?: string }
  | { code: 'extension_required'; message: string; extensionType: 'standard' | 'mssip' }
  | { code: 'sso_required'; message: string; identityProviders: IdentityProvider[] }
  /** `certificate` is what the node presented, when it could be read: the person may choose to trust it. */
  | { code: 'tls_failure'; message: string; detail?: string; certificate?: NodeCertificate }
  | {
      code:
        | 'conference_not_found'
        | 'maintenance'
        | 'node_unreachable'
        | 'invalid_address'
        | 'already_joined'
        | 'rejected';
      message: string;
      detail?: string;
    };

export type JoinErrorCode = JoinError['code'];

/** A node certificate that failed verification, as shown to the person deciding whether to trust it. */
export interface NodeCertificate {
  /** host[:port] exactly as in the node's URL. */
  host: string;
  /** SHA-256 fingerprint, upper-case hex pairs joined by colons. */
  fingerprint: string;
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
}

/** Why an in-meeting command failed. */
export interface CommandError {
  code:
    | 'not_joined'
    | 'invalid_argument'
    | 'invalid_token'
    | 'forbidden'
    | 'not_found'
    | 'node_unreachable'
    | 'failed';
  message: string;
  /** Pexip's own error text when the node gave one. */
  detail?: string;
}

export interface JoinRequest {
  /** "https://host[:port]", "http://..." or a bare host (https is assumed). */
  node: string;
  alias: string;
  displayName: string;
  /** Empty or missing: join without a PIN (sent as "none"). */
  pin?: string;
  /** Target alias when joining through a Virtual Reception. */
  conferenceExtension?: string;
}

export interface IceCandidatePayload {
  candidate: string;
  sdpMid: string | null;
  usernameFragment: string | null;
  /** ICE password of the local description; the node wants it with each trickled candidate. */
  pwd: string | null;
}

export type MediaType = 'video' | 'video-only' | 'audio';

/**
 * Each command: the argument it takes, the value on success, and its error type.
 * Feature areas declare their commands in their own file under electron/shared/ (an interface
 * `<Area>CommandMap` and a `<area>CommandNames` list) and are composed into the bridge below.
 */
export interface CoreCommandMap {
  join: { arg: JoinRequest; value: JoinedInfo; error: JoinError };
  leave: { arg: { reason?: string }; value: null; error: CommandError };
  /** The current meeting, if any (used after a renderer reload). */
  getSnapshot: { arg: null; value: MeetingSnapshot | null; error: CommandError };
  /** Trust the certificate the node presented in the last tls_failure (only that host and fingerprint). */
  trustNodeCertificate: { arg: { host: string; fingerprint: string }; value: null; error: CommandError };
  startCall: { arg: { sdp: string; mediaType: MediaType }; value: { callUuid: string; sdp: string }; error: CommandError };
  ackCall: { arg: null; value: null; error: CommandError };
  updateCall: { arg: { sdp: string }; value: { sdp: string }; error: CommandError };
  sendCandidate: { arg: IceCandidatePayload; value: null; error: CommandError };
  disconnectCall: { arg: null; value: null; error: CommandError };
  sendMessage: { arg: { text: string }; value: null; error: CommandError };
  setClientMute: { arg: { muted: boolean }; value: null; error: CommandError };
}

/** Every command of every area. Add an area with `& <Area>CommandMap`. */
export type BridgeCommandMap = CoreCommandMap & MeetingControlsCommandMap & PresentationCommandMap & KioskCommandMap;

export type CommandName = keyof BridgeCommandMap;
export type CommandArg<K extends CommandName> = BridgeCommandMap[K]['arg'];
export type CommandResult<K extends CommandName> = Result<BridgeCommandMap[K]['value'], BridgeCommandMap[K]['error']>;

const coreCommandNames = [
  'join',
  'leave',
  'getSnapshot',
  'trustNodeCertificate',
  'startCall',
  'ackCall',
  'updateCall',
  'sendCandidate',
  'disconnectCall',
  'sendMessage',
  'setClientMute',
] as const satisfies readonly (keyof CoreCommandMap)[];

/** Every command name, for transports that bind channels by name. Add an area with `...<area>CommandNames`. */
export const commandNames = [...coreCommandNames, ...meetingControlsCommandNames, ...presentationCommandNames, ...kioskCommandNames] as const satisfies readonly CommandName[];

// Compile-time check that the list above names every command.
type MissingCommands = Exclude<CommandName, (typeof commandNames)[number]>;
const _allCommandsListed: MissingCommands extends never ? true : false = true;
void _allCommandsListed;

export type BridgeHandlers = {
  [K in CommandName]: (arg: CommandArg<K>) => Promise<CommandResult<K>>;
};

/** How a meeting ended, for the "disconnected" screen. */
export type SessionEndCode =
  | 'left' // the user left
  | 'disconnected' // the node disconnected us (host, admin, conference ended)
  | 'token_expired' // refresh could not recover before the token lapsed
  | 'connection_lost'; // the event stream could not be restored

/** Every event of every area. Add an area with `| <Area>EventBody`. */
export type BridgeEventBody = CoreEventBody | KioskEventBody;

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
  | { type: 'session_ended'; code: SessionEndCode; reason: string }
  /** Any other Infinity event, relayed as the node sent it (validated JSON). */
  | { type: 'infinity'; name: string; data: unknown };

/** An event with the time the core received the underlying Infinity event (epoch ms, sub-ms). */
export type BridgeEvent = BridgeEventBody & { receivedAt: number };

export type BridgeEventListener = (event: BridgeEvent) => void;

/** What the renderer gets as `window.parley`. */
export interface ParleyApi extends BridgeHandlers {
  onEvent(listener: BridgeEventListener): () => void;
}

/** Electron IPC channel names (one invoke channel per command is `parley:cmd:<name>`). */
export const ipcChannels = {
  commandPrefix: 'parley:cmd:',
  event: 'parley:event',
} as const;

/** Browser-host WebSocket frames. */
export type HostClientFrame = { id: number; command: CommandName; arg: unknown };
export type HostServerFrame =
  | { id: number; result: CommandResult<CommandName> }
  | { event: BridgeEvent };

/** Path the browser host serves its WebSocket bridge on. */
export const hostBridgePath = '/bridge';
