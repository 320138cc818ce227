// Times on the room screen, in the room's own locale and time zone.
const clockFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

export function clockTime(ms: number): string {
  return clockFormat.format(new Date(ms));
}

export function dayName(ms: number): string {
  return dayFormat.format(new Date(ms));
}

/** "09:00–09:30". */
export function timeRange(start: number, end: number): string {
  return `${clockTime(start)}–${clockTime(end)}`;
}
