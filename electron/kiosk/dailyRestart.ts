// The daily restart: due once the configured local time has passed since the last (re)start, and
// held back while a meeting is live (others are in it) until it is not.

/** The most recent local HH:MM at or before `now`. */
export function lastOccurrence(now: Date, clock: string): Date {
  const [hours, minutes] = clock.split(':').map(Number);
  const at = new Date(now);
  at.setHours(hours ?? 0, minutes ?? 0, 0, 0);
  if (at.getTime() > now.getTime()) at.setDate(at.getDate() - 1);
  return at;
}

export function isDailyRestartDue(now: Date, clock: string, startedAt: Date, meetingLive: boolean): boolean {
  return !meetingLive && lastOccurrence(now, clock).getTime() > startedAt.getTime();
}
