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
