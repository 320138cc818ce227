// The in-meeting controls part of the bridge contract: host actions on one participant and on the
// conference, raising a hand, live captions, direct and application messages, layouts, dial-out,
// and the conference signals the roster and banners show. Types only.
import type { CommandError } from './result';
import type { Role } from './meeting';

/** What a host (or, for their own hand and captions, anyone) can do to one participant. */
export type ParticipantAction =
  | {
      action:
        | 'mute'
        | 'unmute'
        | 'stopVideo'
        | 'allowVideo'
        | 'spotlightOn'
        | 'spotlightOff'
        | 'makeHost'
        | 'makeGuest'
        | 'admit'
        | 'raiseHand'
        | 'lowerHand'
        | 'allowPresentation'
        | 'denyPresentation'
        | 'disconnect';
    }
  | { action: 'dtmf'; digits: string }
  | { action: 'overlayText'; text: string }
  | { action: 'transfer'; alias: string; role: Role; pin?: string };

export type ParticipantActionName = ParticipantAction['action'];

export type ParticipantActionRequest = ParticipantAction & { participantUuid: string };

/** Conference-wide host actions. */
export type ConferenceAction =
  | {
      action:
        | 'lock'
        | 'unlock'
        | 'muteGuests'
        | 'unmuteGuests'
        | 'lowerAllHands'
        | 'clearSpotlights'
        | 'start'
        | 'endForEveryone';
    }
  | { action: 'guestsCanUnmute'; setting: boolean }
  | { action: 'guestsCanPresent'; setting: boolean }
  | { action: 'bannerText'; text: string };

export type ConferenceActionName = ConferenceAction['action'];

/** The transform_layout switches Parley offers (all optional: only what is set changes). */
export interface LayoutTransforms {
  layout?: string;
  guestLayout?: string;
  overlayText?: boolean;
  activeSpeakerIndication?: boolean;
  recordingIndicator?: boolean;
  streamingIndicator?: boolean;
  liveCaptionsIndicator?: boolean;
}

export interface LayoutChoice {
  name: string;
  /** The node's SVG drawing of the layout (render it as an image, never inline markup); null when none. */
  svg: string | null;
}

export type DialProtocol = 'sip' | 'h323' | 'rtmp' | 'mssip' | 'auto';

export interface DialOutRequest {
  destination: string;
  protocol: DialProtocol;
  role: Role;
}

/** What conference_update and layout say beyond ConferenceStatus, for banners and indicators. */
export interface ConferenceSignals {
  recording: boolean;
  streaming: boolean;
  /** screen_key of a splash screen to show, or null. */
  splashScreen: string | null;
  /** Set when this participant is in a breakout room. */
  breakoutName: string | null;
  /** How many breakout rooms are open (hosts see them). */
  openBreakouts: number;
}

export interface MeetingControlsCommandMap {
  participantAction: { arg: ParticipantActionRequest; value: null; error: CommandError };
  conferenceAction: { arg: ConferenceAction; value: null; error: CommandError };
  /** show_live_captions / hide_live_captions for oneself. */
  setLiveCaptions: { arg: { show: boolean }; value: null; error: CommandError };
  /** A message to one participant only; type defaults to text/plain. */
  sendDirectMessage: {
    arg: { participantUuid: string; payload: string; type?: 'text/plain' | 'application/json' };
    value: null;
    error: CommandError;
  };
  /** An application/json message to everyone (for apps; not shown as chat). */
  sendAppMessage: { arg: { payload: string }; value: null; error: CommandError };
  /** available_layouts with their layout_svgs drawings. */
  getLayoutChoices: { arg: null; value: LayoutChoice[]; error: CommandError };
  transformLayout: { arg: LayoutTransforms; value: null; error: CommandError };
  /** Dials out; the value lists the new (connecting) participants' uuids. */
  dialOut: { arg: DialOutRequest; value: string[]; error: CommandError };
  getConferenceSignals: { arg: null; value: ConferenceSignals; error: CommandError };
}

export const meetingControlsCommandNames = [
  'participantAction',
  'conferenceAction',
  'setLiveCaptions',
  'sendDirectMessage',
  'sendAppMessage',
  'getLayoutChoices',
  'transformLayout',
  'dialOut',
  'getConferenceSignals',
] as const satisfies readonly (keyof MeetingControlsCommandMap)[];
