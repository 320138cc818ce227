// What a person sees when a join does not succeed: plain words, no HTTP or protocol terms. Main's
// English (for logs and older renderers) goes with the wording's code, which the renderer translates
// (renderer/src/i18n/locales: joinError.<wording>, with the same {alias} and {host}).
import { bridgeMessages } from '../../shared/commandWording';
import type { JoinReason, JoinReasonValues } from '../../shared/coreCommands';

export const joinMessages = {
  pinRequired: 'This meeting needs a PIN. Enter it to join.',
  hostPinOnly: 'Enter the host PIN to join as a host, or leave the PIN empty to join as a guest.',
  invalidPin: 'The PIN is not correct. Check it and try again.',
  extensionRequired: 'Enter the number of the meeting you want to join.',
  ssoRequired: 'This meeting needs you to sign in with your organization account.',
  conferenceNotFound: (alias: string, host: string) =>
    `There is no meeting called "${alias}" on ${host}. Check the meeting address.`,
  maintenance: 'The meeting server is in maintenance mode and not taking calls right now. Try again later.',
  unreachable: (host: string) => `Parley could not reach ${host}. Check the address and your network connection.`,
  tlsFailure: (host: string) =>
    `Parley could not verify the security certificate of ${host}, so it did not connect. Check the address, or ask your administrator about the certificate.`,
  unencryptedNode: (host: string) =>
    `${host} does not use encryption: your PIN, chat and call details would cross the network readable by anyone on the way. Join only if your administrator told you this node has no encryption.`,
  invalidAddress: 'Enter a server address such as meet.example.com or https://meet.example.com.',
  alreadyJoined: 'You are already in a meeting. Leave it before joining another.',
  invalidRequest: 'Enter your name and the meeting address to join.',
  meetingFull: 'The meeting is full. Try again later.',
  tooManyPinAttempts: 'Too many wrong PINs were entered. Wait a moment and try again.',
  serverBusy: 'The meeting server is busy and cannot take the call right now. Try again later.',
  notAPexipServer: (host: string) => `${host} did not answer like a meeting server. Check the address.`,
  rejected: 'The meeting server did not let you join.',
  ssoCancelled: 'Sign-in was cancelled. Sign in again to join.',
  ssoRefused: 'The identity provider did not sign you in. Check your account, or ask your administrator.',
  ssoAssertionRejected: 'The meeting server did not accept your sign-in. Sign in again, or ask your administrator.',
  ssoExpired: 'Your sign-in expired before it could be used. Sign in again.',
  ssoUnavailable: 'Signing in is not available in this window.',
  ssoUnknownProvider: 'That identity provider is no longer offered for this meeting. Choose one of those shown.',
  // Said by the renderer, not main, when its bridge fails during a join (renderer/src/bridge).
  bridgeFailed: bridgeMessages.bridgeFailed,
  bridgeUnavailable: bridgeMessages.bridgeUnavailable,
} as const satisfies Record<JoinReason, string | ((...names: string[]) => string)>;

export interface JoinWording {
  message: string;
  wording: JoinReason;
  values?: JoinReasonValues;
}

type Worded = { [K in JoinReason]: (typeof joinMessages)[K] extends string ? K : never }[JoinReason];

/** A wording without names: its English and its code. */
export function joinWords(wording: Worded): JoinWording {
  return { message: joinMessages[wording], wording };
}

export const joinWordsWith = {
  conferenceNotFound: (alias: string, host: string): JoinWording => ({ message: joinMessages.conferenceNotFound(alias, host), wording: 'conferenceNotFound', values: { alias, host } }),
  unreachable: (host: string): JoinWording => ({ message: joinMessages.unreachable(host), wording: 'unreachable', values: { host } }),
  tlsFailure: (host: string): JoinWording => ({ message: joinMessages.tlsFailure(host), wording: 'tlsFailure', values: { host } }),
  unencryptedNode: (host: string): JoinWording => ({ message: joinMessages.unencryptedNode(host), wording: 'unencryptedNode', values: { host } }),
  notAPexipServer: (host: string): JoinWording => ({ message: joinMessages.notAPexipServer(host), wording: 'notAPexipServer', values: { host } }),
};
