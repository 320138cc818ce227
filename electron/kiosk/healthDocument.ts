// The read-only health document monitoring tools poll (--status-port).
import type { KioskState } from '../shared/kioskCommands';

export interface KioskHealth {
  state: KioskState;
  /** The meeting the room is in (alias and name), or null. */
  meeting: { alias: string; name: string } | null;
  /** ISO time when `state` was entered. */
  since: string;
  lastError: { message: string; at: string } | null;
  reconnectCount: number;
}
