// One meeting on the room's calendar, as the room policy and the idle screen see it: a single
// occurrence (recurrences already expanded), with the Pexip meeting found in it, if any.
import type { CalendarMeeting } from './meetingLink';

export interface CalendarEvent {
  /** UID plus the occurrence's recurrence id: stable across refreshes of the feed. */
  key: string;
  title: string;
  /** Epoch ms. */
  start: number;
  end: number;
  allDay: boolean;
  /** null: shown but not joinable (no Pexip meeting in it). */
  meeting: CalendarMeeting | null;
}
