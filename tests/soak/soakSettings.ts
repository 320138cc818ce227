// How much the soak does. The defaults are the counts; each can be lowered (or raised) by
// an environment variable, e.g. SOAK_REFRESH_CYCLES=100 npm run soak for a quick look.

function count(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${raw}"`);
  return value;
}

export interface SoakSettings {
  refreshCycles: number;
  /** Meetings refreshing at once, so the cycles fit the time budget. */
  refreshSessions: number;
  /** The simulator's token lifetime for the refresh run (seconds; the core's minimum is 3). */
  refreshTokenSeconds: number;
  /** Share of refreshes that fail. */
  refreshFailureRate: number;
  streamDrops: number;
  /** Rooms churning (and observers being dropped) at once. */
  rosterRooms: number;
  nodeRestarts: number;
  generatedEvents: number;
  generatedAnswers: number;
  seed: number;
}

export function soakSettings(): SoakSettings {
  return {
    refreshCycles: count('SOAK_REFRESH_CYCLES', 1000),
    refreshSessions: Math.max(1, count('SOAK_REFRESH_SESSIONS', 25)),
    refreshTokenSeconds: Math.max(3, count('SOAK_TOKEN_SECONDS', 3)),
    refreshFailureRate: count('SOAK_REFRESH_FAILURE_PERCENT', 20) / 100,
    streamDrops: count('SOAK_STREAM_DROPS', 200),
    rosterRooms: Math.max(1, count('SOAK_ROSTER_ROOMS', 4)),
    nodeRestarts: count('SOAK_NODE_RESTARTS', 50),
    generatedEvents: count('SOAK_GENERATED_EVENTS', 80_000),
    generatedAnswers: count('SOAK_GENERATED_ANSWERS', 20_000),
    seed: count('SOAK_SEED', 20_261_201),
  };
}
