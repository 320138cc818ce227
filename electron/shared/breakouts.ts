// Breakout rooms as the core reports them to the renderer: a host's view of the open rooms with
// their rosters, this participant's own room, and the events that carry them (the Infinity core
// builds these; the commands are in breakoutCommands.ts). Types only.
import type { JoinedInfo, Participant } from './meeting';

/** Where people in a room go when it closes (or its timer ends): back to the main room, or out of the meeting. */
export type BreakoutEndAction = 'transfer' | 'disconnect';

/** A host's view of one open breakout room (built from the breakout_event stream). */
export interface BreakoutRoomView {
  breakoutUuid: string;
  /** The node's name for the room, shown as it came; '' when the node gave none (shown as a translated "Breakout room"). */
  name: string;
  /** Everyone in the room (the host's own control participant only while their media is there). */
  participants: Participant[];
  /** Epoch ms when the room's timer ends; null without a timer. */
  endsAt: number | null;
  endAction: BreakoutEndAction;
  guestsAllowedToLeave: boolean;
  /** Someone in the room asked for help (breakoutbuzz). */
  helpRequested: boolean;
  locked: boolean;
  guestsMuted: boolean;
}

/** Where this participant is, when in a breakout room (its media). */
export interface BreakoutLocation {
  breakoutUuid: string;
  /** As BreakoutRoomView's: '' when the node gave none. */
  name: string;
  endsAt: number | null;
  endAction: BreakoutEndAction;
  guestsAllowedToLeave: boolean;
  helpRequested: boolean;
}

export type BreakoutEventBody =
  /** The open breakout rooms and their rosters (hosts of the main room). */
  | { type: 'breakout_rooms'; rooms: BreakoutRoomView[] }
  /** The breakout room this participant is in, or null in the main room. */
  | { type: 'breakout_location'; location: BreakoutLocation | null }
  /**
   * The node moved this participant (breakout room, back to main, transfer): the core already
   * follows it; the renderer re-establishes its call in `info`'s meeting. `room` null: the main room.
   */
  | { type: 'moved'; info: JoinedInfo; room: { breakoutUuid: string; name: string } | null };

