// The core part of the bridge contract: joining, leaving, the snapshot, media call signalling,
// chat and client mute, with their typed results and errors. Types and the list of names only.
import type { CommandError } from './result';
import type { JoinedInfo, MeetingSnapshot } from './meeting';

export type PinRequirement = 'required' | 'none';

export interface IdentityProvider {
  uuid: string;
  name: string;
  /** The provider's picture (an image URL or data: URL), shown as an image only. */
  img?: string;
  /** The node's redirect flow instead of the popup flow (Infinity's disable_popup_flow). */
  disablePopupFlow?: boolean;
}

/** Why a single sign-on did not end in the meeting. */
export type SsoFailureReason = 'cancelled' | 'refused' | 'assertion_rejected' | 'expired' | 'unavailable';

/**
 * What a refused join says, as a code the renderer translates: one per wording in main's English
 * `message` (kept for logs and older renderers), so a wrong PIN and too many tries, a full and a busy
 * node, are told apart. Values are the node's and the link's own names, inserted as text.
 */
export type JoinReason =
  | 'pinRequired'
  | 'hostPinOnly'
  | 'invalidPin'
  | 'extensionRequired'
  | 'ssoRequired'
  | 'conferenceNotFound'
  | 'maintenance'
  | 'unreachable'
  | 'tlsFailure'
  | 'unencryptedNode'
  | 'invalidAddress'
  | 'alreadyJoined'
  | 'invalidRequest'
  | 'meetingFull'
  | 'tooManyPinAttempts'
  | 'serverBusy'
  | 'notAPexipServer'
  | 'rejected'
  // Single sign-on (electron/infinity/session/ssoJoin.ts).
  | 'ssoCancelled'
  | 'ssoRefused'
  | 'ssoAssertionRejected'
  | 'ssoExpired'
  | 'ssoUnavailable'
  | 'ssoUnknownProvider'
  // The renderer's own bridge to the meeting service did not answer (electron/shared/commandWording.ts bridgeMessages).
  | 'bridgeFailed'
  | 'bridgeUnavailable';

export interface JoinReasonValues {
  alias?: string;
  host?: string;
}

interface JoinWords {
  /** The wording's code (absent from an older main: the renderer then shows `message`). */
  wording?: JoinReason;
  values?: JoinReasonValues;
}

/** Why a join did not succeed. `message` is written for a meeting participant; `detail` is Pexip's own text. */
export type JoinError = JoinWords &
  (
  | { code: 'pin_required'; message: string; hostPin: PinRequirement; guestPin: PinRequirement }
  | { code: 'invalid_pin'; message: string; detail?: string }
  | { code: 'extension_required'; message: string; extensionType: 'standard' | 'mssip' }
  | { code: 'sso_required'; message: string; identityProviders: IdentityProvider[] }
  | { code: 'sso_failed'; message: string; reason: SsoFailureReason; detail?: string }
  /** `certificate` is what the node presented, when it could be read: the person may choose to trust it. */
  | { code: 'tls_failure'; message: string; detail?: string; certificate?: NodeCertificate }
  /** The node is reached over plain http (not on this machine): join again with `allowUnencrypted` once the person confirms. */
  | { code: 'unencrypted_node'; message: string; host: string }
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
    }
  );

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

export interface JoinRequest {
  /** "https://host[:port]", "http://..." or a bare host (https is assumed). */
  node: string;
  alias: string;
  displayName: string;
  /** Empty or missing: join without a PIN (sent as "none"). */
  pin?: string;
  /** Target alias when joining through a Virtual Reception. */
  conferenceExtension?: string;
  /** The person confirmed "This node does not use encryption" for an http:// node (remembered per node). */
  allowUnencrypted?: boolean;
}

/** A call's first offer: startCall's, or the one a join brings so the node can answer it early. */
export interface CallOffer {
  sdp: string;
  mediaType: MediaType;
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
 * `<Area>CommandMap` and a `<area>CommandNames` list); bridge.ts composes them.
 */
export interface CoreCommandMap {
  /** `offer`: the call made on the join screen, posted the moment the token arrives (startCall claims it). */
  join: { arg: JoinRequest & { offer?: CallOffer }; value: JoinedInfo; error: JoinError };
  /** Signs in with the identity provider (in a window main owns) and joins; the SSO token stays in main. */
  joinWithSso: { arg: JoinRequest & { identityProvider: string }; value: JoinedInfo; error: JoinError };
  leave: { arg: { reason?: string }; value: null; error: CommandError };
  /** The current meeting, if any (used after a renderer reload). */
  getSnapshot: { arg: null; value: MeetingSnapshot | null; error: CommandError };
  /** Trust the certificate the node presented in the last tls_failure (only that host and fingerprint). */
  trustNodeCertificate: { arg: { host: string; fingerprint: string }; value: null; error: CommandError };
  startCall: { arg: CallOffer; value: { callUuid: string; sdp: string }; error: CommandError };
  ackCall: { arg: null; value: null; error: CommandError };
  updateCall: { arg: { sdp: string }; value: { sdp: string }; error: CommandError };
  sendCandidate: { arg: IceCandidatePayload; value: null; error: CommandError };
  disconnectCall: { arg: null; value: null; error: CommandError };
  sendMessage: { arg: { text: string }; value: null; error: CommandError };
  setClientMute: { arg: { muted: boolean }; value: null; error: CommandError };
}

export const coreCommandNames = [
  'join',
  'joinWithSso',
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

