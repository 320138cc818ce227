// Why a command failed, as a code the renderer translates (commandError.<wording> in its message
// files) beside main's English `message`, which stays for logs and older renderers. One wording per
// English sentence main can answer with, so the same refusal reads the same whichever command sent it.
// Values are inserted as text: counts, and the wording of an inner failure a sentence frames.

export type CommandWording =
  // A request to the node (electron/infinity/requests/requestErrors.ts).
  | 'notJoined'
  | 'invalidArgument'
  | 'invalidToken'
  | 'forbidden'
  | 'notFound'
  | 'unreachable'
  | 'failed'
  | 'notSuccessful'
  | 'unexpectedAnswer'
  | 'noCall'
  | 'noFrame'
  | 'noStatus'
  // Presenting and the received presentation (electron/service/presentationHandlers.ts).
  | 'noPicker'
  | 'unknownSource'
  | 'noPresentationImage'
  | 'presentRefused'
  // Breakout rooms (electron/service/breakoutHandlers.ts).
  | 'breakoutsPartlyOpened'
  | 'notInBreakout'
  // Live captions (electron/service/captionFailures.ts).
  | 'captionsNotAvailable'
  | 'captionsNotConfigured'
  | 'captionsSwitchedOff'
  | 'captionsFailed'
  // A node certificate the person chose to trust (electron/service/certificateHandlers.ts).
  | 'certificateNotOffered'
  // Settings and Recent meetings (electron/service/settingsHandlers.ts).
  | 'noSettings'
  | 'settingInvalid'
  | 'settingsNotSaved'
  | 'recentMeetingGone'
  | 'settingLocked'
  // The desktop app's own commands (electron/service/desktopHandlers.ts).
  | 'desktopOnly'
  | 'desktopRequestInvalid'
  | 'desktopFailed'
  | 'updateRestartRefused'
  // The kiosk's setup and admin commands (electron/service/kioskHandlers.ts).
  | 'notKiosk'
  | 'adminPinWrong'
  | 'adminPinLockedOut'
  | 'noAdminPin'
  | 'firstRunNeedsPin'
  | 'kioskRequestInvalid'
  | 'kioskFailed'
  | 'setupNotSaved'
  // A command from somewhere other than Parley's own window (electron/main/ipcBridge.ts).
  | 'untrustedSender'
  // The renderer's own bridge to the meeting service (renderer/src/bridge): bridgeMessages below.
  | 'bridgeFailed'
  | 'bridgeUnavailable';

export interface CommandWordingValues {
  /** Breakout rooms opened, of `total` asked for. */
  opened?: number;
  total?: number;
  /** The wording of the failure this sentence frames ("Live captions could not start. …"). */
  cause?: CommandWording;
}

/** Main's English for a failure and its wording's code. */
export interface CommandWords {
  message: string;
  wording: CommandWording;
  values?: CommandWordingValues;
}

/**
 * The renderer's English when its bridge to the meeting service fails: the preload's invoke throws
 * (settledBridge), or the browser host's WebSocket is gone (webSocketBridge). The same wordings are
 * join reasons (joinError.*) for a join, and command wordings (commandError.*) for every other command.
 */
export const bridgeMessages = {
  bridgeFailed: 'Parley could not do this: its meeting service did not answer. Please try again.',
  bridgeUnavailable: 'The Parley bridge is unavailable: the meeting service cannot be reached.',
} as const;

/** Each English sentence of `messages` with its own key as the wording. */
export function wordsOf<K extends CommandWording>(messages: Readonly<Record<K, string>>): Readonly<Record<K, CommandWords>> {
  const words = {} as Record<K, CommandWords>;
  for (const wording of Object.keys(messages) as K[]) words[wording] = { message: messages[wording], wording };
  return words;
}
