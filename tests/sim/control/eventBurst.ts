// Emits many copies of an event at a steady rate (the relay benchmark's load). Each tick sends
// however many events are due by now, so timer jitter does not lower the overall rate.

const TICK_MS = 5;

export function emitAtRate(emitOne: () => void, count: number, ratePerSecond: number): Promise<number> {
  const total = Math.max(0, Math.floor(count));
  if (total === 0) return Promise.resolve(0);
  if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond)) {
    for (let i = 0; i < total; i += 1) emitOne();
    return Promise.resolve(total);
  }
  const started = performance.now();
  let sent = 0;
  return new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * ratePerSecond) + 1);
      while (sent < due) {
        emitOne();
        sent += 1;
      }
      if (sent >= total) resolve(sent);
      else setTimeout(tick, TICK_MS);
    };
    tick();
  });
}
