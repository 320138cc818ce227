// Roster timing for the benchmark: for each replaced roster, when participant_sync_begin reached
// the core and when the replaced roster had been painted. Off unless the page URL has diagnostics=1.

export interface RosterPaint {
  count: number;
  /** participant_sync_begin's arrival in the core (epoch ms), when the core reported it. */
  syncStartedAt: number | null;
  /** The next painted frame after the roster was replaced (epoch ms). */
  at: number;
}

export interface RosterTimingWindow {
  parleyRosterTiming?: { rosterPainted: RosterPaint[] };
}

let enabled: boolean | null = null;

function timing(): NonNullable<RosterTimingWindow['parleyRosterTiming']> | null {
  enabled ??= new URLSearchParams(window.location.search).get('diagnostics') === '1';
  if (!enabled) return null;
  const target = window as unknown as RosterTimingWindow;
  target.parleyRosterTiming ??= { rosterPainted: [] };
  return target.parleyRosterTiming;
}

/** After a roster replace: the time the next frame has been painted (a task after its rAF). */
export function recordRosterReplaced(count: number, syncStartedAt: number | null): void {
  const record = timing();
  if (!record) return;
  requestAnimationFrame(() => {
    setTimeout(() => record.rosterPainted.push({ count, syncStartedAt, at: Date.now() }), 0);
  });
}
