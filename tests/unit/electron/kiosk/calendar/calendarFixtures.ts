// iCalendar feeds written for the tests: a weekly series across the European DST change with an
// EXDATE, a moved and a cancelled instance, a VTIMEZONE, all-day and cancelled events.
const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** Europe/Berlin as Exchange and Google publish it (CET/CEST, changes on the last Sundays of March and October). */
export const berlinTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function calendar(...events: string[][]): string {
  return crlf(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Parley tests//EN', ...berlinTimezone, ...events.flat(), 'END:VCALENDAR']);
}

/**
 * Weekly stand-up, Mondays 09:00 Berlin time from 9 March 2026: the 16th is excluded, the 23rd
 * moved to 11:00 with another title, the 30th (after the DST change) cancelled.
 */
export const weeklyStandUp = [
  [
    'BEGIN:VEVENT',
    'UID:standup@example.com',
    'DTSTAMP:20260301T000000Z',
    'DTSTART;TZID=Europe/Berlin:20260309T090000',
    'DTEND;TZID=Europe/Berlin:20260309T093000',
    'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6',
    'EXDATE;TZID=Europe/Berlin:20260316T090000',
    'SUMMARY:Stand-up',
    'LOCATION:meet.standup',
    'END:VEVENT',
  ],
  [
    'BEGIN:VEVENT',
    'UID:standup@example.com',
    'DTSTAMP:20260301T000000Z',
    'RECURRENCE-ID;TZID=Europe/Berlin:20260323T090000',
    'DTSTART;TZID=Europe/Berlin:20260323T110000',
    'DTEND;TZID=Europe/Berlin:20260323T113000',
    'SUMMARY:Stand-up (moved)',
    'LOCATION:meet.standup',
    'END:VEVENT',
  ],
  [
    'BEGIN:VEVENT',
    'UID:standup@example.com',
    'DTSTAMP:20260301T000000Z',
    'RECURRENCE-ID;TZID=Europe/Berlin:20260330T090000',
    'DTSTART;TZID=Europe/Berlin:20260330T090000',
    'DTEND;TZID=Europe/Berlin:20260330T093000',
    'STATUS:CANCELLED',
    'SUMMARY:Stand-up',
    'END:VEVENT',
  ],
];

export const allDayHoliday = [
  'BEGIN:VEVENT',
  'UID:holiday@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;VALUE=DATE:20260310',
  'DTEND;VALUE=DATE:20260311',
  'SUMMARY:Company day',
  'END:VEVENT',
];

export const cancelledReview = [
  'BEGIN:VEVENT',
  'UID:review@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART:20260310T130000Z',
  'DTEND:20260310T140000Z',
  'STATUS:CANCELLED',
  'SUMMARY:Review',
  'LOCATION:meet.review',
  'END:VEVENT',
];

/** A UTC event whose meeting is in the description as a web app link. */
export const planning = [
  'BEGIN:VEVENT',
  'UID:planning@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART:20260310T100000Z',
  'DTEND:20260310T110000Z',
  'SUMMARY:Planning',
  'LOCATION:Board room',
  'DESCRIPTION:Join: https://pexip.example.com/webapp/m/meet.planning?pin=1234\\nAgenda follows.',
  'END:VEVENT',
];
