// Turns an iCalendar feed into the room's occurrences inside a time window, with ical.js: VTIMEZONE
// definitions, recurring events (RRULE, RDATE, EXDATE), overridden instances (RECURRENCE-ID),
// all-day events, and cancelled events or instances left out. The feed is untrusted, so the
// number of events read and of recurrence steps taken are bounded.
import ICAL from 'ical.js';
import type { CalendarEvent } from './calendarEvent';
import { findMeeting } from './meetingLink';

export interface CalendarWindow {
  /** Epoch ms: occurrences ending before this are left out. */
  from: number;
  /** Epoch ms: occurrences starting at or after this are left out. */
  to: number;
}

export const calendarLimits = {
  /** VEVENTs read from one feed. */
  maxEvents: 2000,
  /** Occurrences kept in the window. */
  maxOccurrences: 500,
  /** Recurrence steps per series (a daily meeting since 1990 is about 13 000). */
  maxStepsPerSeries: 20_000,
  /** Recurrence steps for the whole feed (about 1 s of work at most). */
  maxStepsTotal: 60_000,
  maxTitleLength: 200,
} as const;

const earlySkipMs = 7 * 24 * 3_600_000;

export type CalendarParse = { ok: true; events: CalendarEvent[]; truncated: boolean } | { ok: false; problem: string };

function text(component: ICAL.Component, name: string): string | undefined {
  const value: unknown = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : undefined;
}

function cancelled(component: ICAL.Component): boolean {
  return (text(component, 'status') ?? '').toUpperCase() === 'CANCELLED';
}

function occurrence(item: ICAL.Event, start: ICAL.Time, end: ICAL.Time, key: string): CalendarEvent {
  const location = item.location ?? undefined;
  const description = item.description ?? undefined;
  const url = text(item.component, 'url');
  const allDay = start.isDate;
  const startMs = start.toJSDate().getTime();
  let endMs = end.toJSDate().getTime();
  // A DTEND before DTSTART (a broken feed): a zero-length event rather than a negative one.
  if (!(endMs >= startMs)) endMs = startMs;
  return {
    key,
    title: (item.summary ?? '').trim().slice(0, calendarLimits.maxTitleLength),
    start: startMs,
    end: endMs,
    allDay,
    meeting: findMeeting({ ...(location ? { location } : {}), ...(description ? { description } : {}), ...(url ? { url } : {}) }),
  };
}

/** VTIMEZONEs the feed defines, registered for the parse and removed after (the service is global). */
function registerTimezones(calendar: ICAL.Component): string[] {
  const added: string[] = [];
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = text(zone, 'tzid');
    if (!tzid || ICAL.TimezoneService.has(tzid)) continue;
    ICAL.TimezoneService.register(zone);
    added.push(tzid);
  }
  return added;
}

export function parseCalendar(source: string, window: CalendarWindow): CalendarParse {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(source) as unknown[]);
  } catch (error) {
    return { ok: false, problem: `the calendar feed is not valid iCalendar (${error instanceof Error ? error.message.slice(0, 200) : 'parse error'})` };
  }
  if (calendar.name !== 'vcalendar') return { ok: false, problem: 'the calendar feed is not a VCALENDAR' };
  const added = registerTimezones(calendar);
  try {
    return expand(calendar, window);
  } catch (error) {
    return { ok: false, problem: `the calendar feed could not be read (${error instanceof Error ? error.message.slice(0, 200) : 'error'})` };
  } finally {
    for (const tzid of added) ICAL.TimezoneService.remove(tzid);
  }
}

function expand(calendar: ICAL.Component, window: CalendarWindow): CalendarParse {
  const components = calendar.getAllSubcomponents('vevent');
  let truncated = components.length > calendarLimits.maxEvents;
  const kept = components.slice(0, calendarLimits.maxEvents);
  // Overridden instances (RECURRENCE-ID) belong to the series with the same UID.
  const exceptions = new Map<string, ICAL.Component[]>();
  const masters: ICAL.Component[] = [];
  for (const component of kept) {
    const uid = text(component, 'uid') ?? '';
    if (component.hasProperty('recurrence-id')) exceptions.set(uid, [...(exceptions.get(uid) ?? []), component]);
    else masters.push(component);
  }
  const events: CalendarEvent[] = [];
  let steps = 0;
  const inWindow = (start: number, end: number) => end > window.from && start < window.to;
  for (const component of masters) {
    const uid = text(component, 'uid') ?? `event-${events.length}`;
    const event = new ICAL.Event(component, { exceptions: exceptions.get(uid) ?? [] });
    exceptions.delete(uid);
    if (!event.startDate) continue;
    if (!event.isRecurring()) {
      if (cancelled(component)) continue;
      const found = occurrence(event, event.startDate, event.endDate ?? event.startDate, uid);
      if (inWindow(found.start, found.end)) events.push(found);
      continue;
    }
    const iterator = event.iterator();
    let seriesSteps = 0;
    for (let next = iterator.next(); next; next = iterator.next()) {
      seriesSteps += 1;
      steps += 1;
      if (seriesSteps > calendarLimits.maxStepsPerSeries || steps > calendarLimits.maxStepsTotal) {
        truncated = true;
        break;
      }
      const occursAt = next.toJSDate().getTime();
      if (occursAt >= window.to) break;
      // Occurrences long before the window are only counted (an instance moved by more than a week is missed).
      if (occursAt < window.from - earlySkipMs) continue;
      const details = event.getOccurrenceDetails(next);
      if (details.startDate.toJSDate().getTime() >= window.to) continue;
      if (cancelled(details.item.component)) continue;
      const found = occurrence(details.item, details.startDate, details.endDate, `${uid}/${details.recurrenceId.toString()}`);
      if (inWindow(found.start, found.end)) events.push(found);
    }
  }
  // An override whose series is not in the feed (Exchange sends these for moved single instances).
  for (const [uid, orphans] of exceptions) {
    for (const component of orphans) {
      if (cancelled(component)) continue;
      const event = new ICAL.Event(component);
      if (!event.startDate) continue;
      const found = occurrence(event, event.startDate, event.endDate ?? event.startDate, `${uid}/${event.recurrenceId?.toString() ?? ''}`);
      if (inWindow(found.start, found.end)) events.push(found);
    }
  }
  events.sort((a, b) => a.start - b.start || a.end - b.end || a.key.localeCompare(b.key));
  if (events.length > calendarLimits.maxOccurrences) truncated = true;
  return { ok: true, events: events.slice(0, calendarLimits.maxOccurrences), truncated };
}
