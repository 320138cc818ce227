// The maintenance window ("maintenance": {"days": [...], "from": "HH:MM", "to": "HH:MM"}, local
// time): updates install and the daily restart happens only inside it. A window whose "to" is
// not after "from" runs past midnight; its day is the day it opens.
import type { KioskMaintenanceWindow } from './config/kioskConfigSchema';

const dayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function at(day: Date, clock: string): Date {
  const [hours, minutes] = clock.split(':').map(Number);
  const moment = new Date(day);
  moment.setHours(hours ?? 0, minutes ?? 0, 0, 0);
  return moment;
}

/** When the window that `now` is in opened (local time), or null outside every window. */
export function maintenanceWindowOpenedAt(now: Date, window: KioskMaintenanceWindow): Date | null {
  const days = new Set<string>(window.days);
  // The window may have opened today or (past midnight) yesterday.
  for (const back of [0, 1]) {
    const day = new Date(now);
    day.setDate(day.getDate() - back);
    if (!days.has(dayNames[day.getDay()] ?? '')) continue;
    const opens = at(day, window.from);
    const closes = at(day, window.to);
    if (closes.getTime() <= opens.getTime()) closes.setDate(closes.getDate() + 1);
    if (opens.getTime() <= now.getTime() && now.getTime() < closes.getTime()) return opens;
  }
  return null;
}
