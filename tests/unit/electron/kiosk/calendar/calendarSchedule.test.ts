// "Now", "Next" and which meeting is due, as pure functions of the events and the time.
import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../../../electron/kiosk/calendar/calendarEvent';
import { currentEvent, dueMeeting, nextEvent, nextScheduleChange } from '../../../../../electron/kiosk/calendar/calendarSchedule';

const minute = 60_000;
const event = (key: string, startMin: number, endMin: number, joinable = true, allDay = false): CalendarEvent => ({
  key,
  title: key,
  start: startMin * minute,
  end: endMin * minute,
  allDay,
  meeting: joinable ? { node: null, alias: `meet.${key}` } : null,
});
const rules = { joinBeforeMinutes: 2 };

describe('calendar schedule', () => {
  const events = [event('holiday', 0, 24 * 60, false, true), event('a', 60, 90), event('lunch', 90, 120, false), event('b', 120, 150)];

  it('says what is on now and next, leaving all-day events out', () => {
    expect(currentEvent(events, 30 * minute)).toBeNull();
    expect(nextEvent(events, 30 * minute)?.key).toBe('a');
    expect(currentEvent(events, 95 * minute)?.key).toBe('lunch');
    expect(nextEvent(events, 95 * minute)?.key).toBe('b');
  });

  it('makes a joinable meeting due from its lead time to its end, and never one without a meeting', () => {
    expect(dueMeeting(events, 57 * minute, rules, null, new Set())).toBeNull();
    expect(dueMeeting(events, 58 * minute, rules, null, new Set())?.key).toBe('a');
    expect(dueMeeting(events, 89 * minute, rules, null, new Set())?.key).toBe('a');
    expect(dueMeeting(events, 100 * minute, rules, null, new Set())).toBeNull();
    expect(dueMeeting(events, 60 * minute, { joinBeforeMinutes: 0 }, null, new Set())?.key).toBe('a');
    expect(dueMeeting(events, 59 * minute, { joinBeforeMinutes: 0 }, null, new Set())).toBeNull();
  });

  it('keeps the meeting the room is in until it ends when the next one overlaps its lead time', () => {
    const backToBack = [event('a', 60, 90), event('b', 90, 120)];
    expect(dueMeeting(backToBack, 89 * minute, rules, 'a', new Set())?.key).toBe('a');
    expect(dueMeeting(backToBack, 90 * minute, rules, 'a', new Set())?.key).toBe('b');
  });

  it('does not make a meeting the room is done with due again', () => {
    expect(dueMeeting(events, 70 * minute, rules, null, new Set(['a']))).toBeNull();
  });

  it('names the next moment anything changes: a lead time, a start or an end', () => {
    expect(nextScheduleChange(events, 0, rules)).toBe(58 * minute);
    expect(nextScheduleChange(events, 58 * minute, rules)).toBe(60 * minute);
    expect(nextScheduleChange(events, 60 * minute, rules)).toBe(88 * minute);
    expect(nextScheduleChange(events, 151 * minute, rules)).toBeNull();
  });
});
