// The feed parser on fixtures written for the test: recurrence with EXDATE, a moved and a cancelled
// instance, the VTIMEZONE across the DST change, all-day and cancelled events, and its bounds.
import { describe, expect, it } from 'vitest';
import { calendarLimits, parseCalendar } from '../../../../../electron/kiosk/calendar/parseCalendar';
import { allDayHoliday, calendar, cancelledReview, planning, weeklyStandUp } from './calendarFixtures';

const march = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 3, 30) };
const iso = (ms: number) => new Date(ms).toISOString();

describe('calendar feed parsing', () => {
  it('expands a weekly series with its EXDATE, moved and cancelled instances, in the feed time zone across DST', () => {
    const parsed = parseCalendar(calendar(...weeklyStandUp), march);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.events.map((event) => [event.title, iso(event.start), iso(event.end)])).toEqual([
      // 09:00 CET (UTC+1) before the change on 29 March…
      ['Stand-up', '2026-03-09T08:00:00.000Z', '2026-03-09T08:30:00.000Z'],
      // 16 March excluded (EXDATE); 23 March moved to 11:00 with its own title.
      ['Stand-up (moved)', '2026-03-23T10:00:00.000Z', '2026-03-23T10:30:00.000Z'],
      // 30 March cancelled; 09:00 CEST (UTC+2) after the change.
      ['Stand-up', '2026-04-06T07:00:00.000Z', '2026-04-06T07:30:00.000Z'],
      ['Stand-up', '2026-04-13T07:00:00.000Z', '2026-04-13T07:30:00.000Z'],
    ]);
    expect(parsed.events.every((event) => event.meeting?.alias === 'meet.standup')).toBe(true);
    // Each occurrence has its own key, stable across refreshes.
    expect(new Set(parsed.events.map((event) => event.key)).size).toBe(4);
  });

  it('follows a feed zone through the autumn change too (New York, first Sunday of November), daily with an UNTIL', () => {
    const newYork = [
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'DTSTART:20070311T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'DTSTART:20071104T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    const daily = [
      'BEGIN:VEVENT',
      'UID:daily@example.com',
      'DTSTAMP:20261001T000000Z',
      'DTSTART;TZID=America/New_York:20261030T083000',
      'DTEND;TZID=America/New_York:20261030T090000',
      'RRULE:FREQ=DAILY;UNTIL=20261103T235959Z',
      'SUMMARY:Ops check',
      'LOCATION:https://pexip.example.com/webapp/m/meet.ops',
      'END:VEVENT',
    ];
    const parsed = parseCalendar(calendar(newYork, daily), { from: Date.UTC(2026, 9, 1), to: Date.UTC(2026, 11, 1) });
    expect(parsed.ok && parsed.events.map((event) => iso(event.start))).toEqual([
      '2026-10-30T12:30:00.000Z',
      '2026-10-31T12:30:00.000Z',
      // 1 November 2026: clocks go back at 02:00, so 08:30 is now UTC-5.
      '2026-11-01T13:30:00.000Z',
      '2026-11-02T13:30:00.000Z',
      '2026-11-03T13:30:00.000Z',
    ]);
  });

  it('keeps all-day events as all-day, leaves cancelled ones out, and finds the meeting in the description', () => {
    const parsed = parseCalendar(calendar(allDayHoliday, cancelledReview, planning), march);
    expect(parsed.ok && parsed.events.map((event) => [event.title, event.allDay])).toEqual([
      ['Company day', true],
      ['Planning', false],
    ]);
    const planningEvent = parsed.ok ? parsed.events[1] : undefined;
    expect(planningEvent?.meeting).toEqual({ node: 'https://pexip.example.com', alias: 'meet.planning', pin: '1234' });
    expect(parsed.ok && parsed.events[0]?.meeting).toBeNull();
  });

  it('only returns occurrences inside the window', () => {
    const parsed = parseCalendar(calendar(...weeklyStandUp), { from: Date.UTC(2026, 3, 1), to: Date.UTC(2026, 3, 7) });
    expect(parsed.ok && parsed.events.map((event) => iso(event.start))).toEqual(['2026-04-06T07:00:00.000Z']);
  });

  it('bounds an endless series that started long ago instead of running without end', () => {
    const endless = [
      'BEGIN:VEVENT',
      'UID:endless@example.com',
      'DTSTAMP:20260301T000000Z',
      'DTSTART:19000101T090000Z',
      'DTEND:19000101T091500Z',
      'RRULE:FREQ=MINUTELY;INTERVAL=30',
      'SUMMARY:Spam',
      'END:VEVENT',
    ];
    const parsed = parseCalendar(calendar(endless), march);
    expect(parsed.ok && parsed.truncated).toBe(true);
    expect(parsed.ok && parsed.events.length).toBeLessThanOrEqual(calendarLimits.maxOccurrences);
  });

  it('says what is wrong with a feed that is not iCalendar, without throwing', () => {
    const broken = parseCalendar('<html>Sign in</html>', march);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.problem).toMatch(/not valid iCalendar/);
    const notCalendar = parseCalendar('BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n', march);
    expect(notCalendar.ok).toBe(false);
  });

  it('cuts an overlong title', () => {
    const long = ['BEGIN:VEVENT', 'UID:long', 'DTSTAMP:20260301T000000Z', 'DTSTART:20260310T100000Z', 'DTEND:20260310T110000Z', `SUMMARY:${'x'.repeat(5000)}`, 'END:VEVENT'];
    const parsed = parseCalendar(calendar(long), march);
    expect(parsed.ok && parsed.events[0]?.title.length).toBe(calendarLimits.maxTitleLength);
  });
});
