// How long the room waits before trying to get back into its meeting. The first attempt after a
// loss is immediate (when the meeting had been up a while); failed attempts back off from 1 s,
// doubling up to 60 s, forever.
export const kioskRetry = {
  firstDelayMs: 1000,
  maxDelayMs: 60_000,
  /** A meeting that lasted this long counts as stable: the next loss retries at once. */
  stableAfterMs: 30_000,
} as const;

/** Delay before the retry that follows `failures` consecutive failures (1 → 1 s, 2 → 2 s, … 60 s). */
export function kioskRetryDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(kioskRetry.maxDelayMs, kioskRetry.firstDelayMs * 2 ** Math.min(failures - 1, 16));
}
