// The breakout rooms part of the bridge contract: what hosts do with breakout rooms (open, move
// people, join one, broadcast, close, per-room controls), what everyone does inside one (ask for
// help, leave), and the events that tell the renderer the rooms, their rosters and where it is.
// Types and the list of names only. Refer tokens never cross the bridge: `moved` carries the new
// meeting's JoinedInfo. What the rooms look like (and their events) is in breakouts.ts.
import type { CommandError } from './result';
import type { BreakoutEndAction } from './breakouts';

/** One room to open, with the participants (main-room uuids) it takes. */
export interface BreakoutRoomPlan {
  name: string;
  participantUuids: string[];
}

export interface OpenBreakoutsRequest {
  rooms: BreakoutRoomPlan[];
  /** Seconds the rooms stay open; absent or 0: no timer. */
  durationSeconds?: number;
  endAction: BreakoutEndAction;
  guestsAllowedToLeave: boolean;
}

/** A room as move requests name it: "main", "previous" (destination only) or a breakout uuid. */
export type BreakoutRoomReference = string;

export interface MoveToBreakoutRequest {
  /** The room the people are in now: "main" or a breakout uuid. */
  from: BreakoutRoomReference;
  to: BreakoutRoomReference;
  participantUuids: string[];
}

/** Per-room host actions, addressed to a participant by their uuid inside that room. */
export type BreakoutParticipantActionName = 'mute' | 'unmute' | 'stopVideo' | 'allowVideo' | 'disconnect';
export type BreakoutConferenceActionName = 'lock' | 'unlock' | 'muteGuests' | 'unmuteGuests';

export interface BreakoutCommandMap {
  /** Creates the rooms and moves everyone assigned in one go; answers the new rooms' uuids in order. */
  openBreakouts: { arg: OpenBreakoutsRequest; value: string[]; error: CommandError };
  moveToBreakout: { arg: MoveToBreakoutRequest; value: null; error: CommandError };
  /** A host moves their own media into a room ("main" to come back). */
  joinBreakout: { arg: { breakoutUuid: BreakoutRoomReference }; value: null; error: CommandError };
  messageBreakouts: { arg: { text: string }; value: null; error: CommandError };
  closeBreakout: { arg: { breakoutUuid: string }; value: null; error: CommandError };
  closeAllBreakouts: { arg: null; value: null; error: CommandError };
  /** Everyone back to the main room; the rooms stay open. */
  emptyBreakouts: { arg: null; value: null; error: CommandError };
  /** A host clears one room's help request. */
  clearBreakoutHelp: { arg: { breakoutUuid: string }; value: null; error: CommandError };
  /** From inside a room: ask for help, or cancel the request. */
  askForHelp: { arg: { cancel: boolean }; value: null; error: CommandError };
  leaveBreakout: { arg: null; value: null; error: CommandError };
  breakoutParticipantAction: {
    arg: { breakoutUuid: string; participantUuid: string; action: BreakoutParticipantActionName };
    value: null;
    error: CommandError;
  };
  breakoutConferenceAction: { arg: { breakoutUuid: string; action: BreakoutConferenceActionName }; value: null; error: CommandError };
  breakoutLayout: { arg: { breakoutUuid: string; layout: string }; value: null; error: CommandError };
}

export const breakoutCommandNames = [
  'openBreakouts',
  'moveToBreakout',
  'joinBreakout',
  'messageBreakouts',
  'closeBreakout',
  'closeAllBreakouts',
  'emptyBreakouts',
  'clearBreakoutHelp',
  'askForHelp',
  'leaveBreakout',
  'breakoutParticipantAction',
  'breakoutConferenceAction',
  'breakoutLayout',
] as const satisfies readonly (keyof BreakoutCommandMap)[];
