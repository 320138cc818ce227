// When the room should be in which calendar meeting: pure functions of the occurrences and the
// time, so the policy's timers only ask "what now?" and the rules are tested on their own.
import type { CalendarEvent } from './calendarEvent';

export interface ScheduleRules {
  /** Join this many minutes before the start (0: at the start). */
  joinBeforeMinutes: number;
}

/** Timed events only: an all-day event is shown, never joined or counted as "Now". */
const timed = (events: readonly CalendarEvent[]) => events.filter((event) => !event.allDay && event.end > event.start);

/** The event in progress ("Now"): the latest-starting one that has started and not ended. */
export function currentEvent(events: readonly CalendarEvent[], now: number): CalendarEvent | null {
  const running = timed(events).filter((event) => event.start <= now && now < event.end);
  return running.at(-1) ?? null;
}

/** The next event to start ("Next"). */
export function nextEvent(events: readonly CalendarEvent[], now: number): CalendarEvent | null {
  return timed(events).find((event) => event.start > now) ?? null;
}

/** Today's all-day events (shown on the idle screen). */
export function allDayEvents(events: readonly CalendarEvent[], now: number): CalendarEvent[] {
  return events.filter((event) => event.allDay && event.start <= now && now < event.end);
}

export function joinAt(event: CalendarEvent, rules: ScheduleRules): number {
  return event.start - rules.joinBeforeMinutes * 60_000;
}

/**
 * The joinable meeting the room should be in at `now`: one whose join time has come and which has
 * not ended, and that the room has not finished with (`done`: left by hand or left alone). The
 * meeting the room is already in wins until it ends, so back-to-back meetings do not cut the first
 * short; otherwise the earliest-starting one.
 */
export function dueMeeting(
  events: readonly CalendarEvent[],
  now: number,
  rules: ScheduleRules,
  inEventKey: string | null,
  done: ReadonlySet<string>,
): CalendarEvent | null {
  const due = timed(events).filter((event) => event.meeting !== null && joinAt(event, rules) <= now && now < event.end && !done.has(event.key));
  return due.find((event) => event.key === inEventKey) ?? due[0] ?? null;
}

/** The next time "Now", "Next" or dueMeeting can change (a join time, a start, an end), for the policy's timer. */
export function nextScheduleChange(events: readonly CalendarEvent[], now: number, rules: ScheduleRules): number | null {
  let soonest: number | null = null;
  for (const event of timed(events)) {
    for (const at of [joinAt(event, rules), event.start, event.end]) if (at > now && (soonest === null || at < soonest)) soonest = at;
  }
  return soonest;
}
