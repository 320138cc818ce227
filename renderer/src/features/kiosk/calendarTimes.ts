// Times on the room screen, in the room's language and its own time zone.
import { formatDate, formatTime } from '../../i18n';

export function clockTime(ms: number): string {
  return formatTime(new Date(ms), { hour: '2-digit', minute: '2-digit' });
}

export function dayName(ms: number): string {
  return formatDate(new Date(ms), { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "09:00–09:30". */
export function timeRange(start: number, end: number): string {
  return `${clockTime(start)}–${clockTime(end)}`;
}
