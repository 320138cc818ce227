// Roster timing for the benchmark: when the core's event stream (re)opened (participant_sync_begin
// is the first event after opening) and when a replaced roster had been painted. Off unless the
// page URL has diagnostics=1.

export interface RosterTimingWindow {
  parleyRosterTiming?: { streamOpenedAt: number[]; rosterPainted: { count: number; at: number }[] };
}

let enabled: boolean | null = null;

function timing(): NonNullable<RosterTimingWindow['parleyRosterTiming']> | null {
  enabled ??= new URLSearchParams(window.location.search).get('diagnostics') === '1';
  if (!enabled) return null;
  const target = window as unknown as RosterTimingWindow;
  target.parleyRosterTiming ??= { streamOpenedAt: [], rosterPainted: [] };
  return target.parleyRosterTiming;
}

export function recordStreamOpened(receivedAt: number): void {
  timing()?.streamOpenedAt.push(receivedAt);
}

/** After a roster replace: the time the next frame has been painted (a task after its rAF). */
export function recordRosterReplaced(count: number): void {
  const record = timing();
  if (!record) return;
  requestAnimationFrame(() => {
    setTimeout(() => record.rosterPainted.push({ count, at: performance.timeOrigin + performance.now() }), 0);
  });
}
