// What the idle screen and the health document show of the calendar: "Now" and "Next", all-day
// events, and how current the feed is. Titles are left out when the room hides them for privacy.
import type { KioskCalendarEntry, KioskCalendarView } from '../../shared/kioskCommands';
import type { CalendarEvent } from './calendarEvent';
import { isFeedUrl, type CalendarFeedState } from './calendarFeed';
import { allDayEvents, currentEvent, nextEvent } from './calendarSchedule';

function entry(event: CalendarEvent | null, hideTitles: boolean): KioskCalendarEntry | null {
  if (!event) return null;
  return { title: hideTitles ? null : event.title, start: event.start, end: event.end, joinable: event.meeting !== null };
}

export function calendarView(feed: CalendarFeedState, now: number, hideTitles: boolean): KioskCalendarView {
  return {
    now: entry(currentEvent(feed.events, now), hideTitles),
    next: entry(nextEvent(feed.events, now), hideTitles),
    allDay: allDayEvents(feed.events, now).map((event) => (hideTitles ? null : event.title)),
    problem: feed.problem,
    lastRefresh: feed.lastRefresh,
  };
}

/** The calendar part of the health document (ISO times, for monitoring). */
export interface CalendarHealth {
  source: string;
  lastRefresh: string | null;
  lastAttempt: string | null;
  problem: string | null;
  events: number;
  now: { title: string | null; start: string; end: string; joinable: boolean } | null;
  next: { title: string | null; start: string; end: string; joinable: boolean } | null;
}

function safeOrigin(url: string): string {
  try {
    return `${new URL(url).origin}/…`;
  } catch {
    return '(calendar URL)';
  }
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function calendarHealth(feed: CalendarFeedState, now: number, hideTitles: boolean): CalendarHealth {
  const view = calendarView(feed, now, hideTitles);
  const timed = (item: KioskCalendarEntry | null) =>
    item ? { title: item.title, start: new Date(item.start).toISOString(), end: new Date(item.end).toISOString(), joinable: item.joinable } : null;
  return {
    // A feed URL often carries a secret in its path: only its origin is shown.
    source: isFeedUrl(feed.source) ? safeOrigin(feed.source) : feed.source,
    lastRefresh: iso(feed.lastRefresh),
    lastAttempt: iso(feed.lastAttempt),
    problem: feed.problem,
    events: feed.events.length,
    now: timed(view.now),
    next: timed(view.next),
  };
}
