// The read-only health document monitoring tools poll (--status-port).
import type { KioskMediaStats, KioskState } from '../shared/kioskCommands';
import type { CalendarHealth } from './calendar/calendarView';

export interface KioskHealth {
  state: KioskState;
  /** The meeting the room is in (alias and name), or null. */
  meeting: { alias: string; name: string } | null;
  /** ISO time when `state` was entered. */
  since: string;
  lastError: { message: string; at: string } | null;
  reconnectCount: number;
  /** The calendar feed (last refresh, problem, now and next), or null without a calendar. */
  calendar: CalendarHealth | null;
  /** A changed configuration file that was not applied (the running configuration is kept). */
  configProblems: { problems: string[]; at: string } | null;
  /** Whether the maintenance window is open now; null without one. */
  maintenanceWindowOpen: boolean | null;
}

/** What /metrics reports (Prometheus text). */
export interface KioskMetricsSample {
  state: KioskState;
  reconnects: number;
  inMeetingSeconds: number;
  lastErrorAgeSeconds: number | null;
  /** The room display's latest figures while in a call, else null. */
  media: KioskMediaStats | null;
  calendarLastRefreshAgeSeconds: number | null;
  calendarProblem: boolean;
}
