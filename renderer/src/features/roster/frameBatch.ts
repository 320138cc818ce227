// Collects items as they arrive and hands them over together at most once per frame interval, so a
// burst of bridge events costs one store update (and one render) per frame instead of one each.
//
// Timed by the clock, not requestAnimationFrame: Chromium lowers the display's frame rate to 30 Hz
// while the meeting's videos play (measured: 33.3 ms between frames with the meeting video and the
// self-view showing) and stops frames in hidden windows, so an event arriving just after a frame
// waited a whole display frame or more. A batch now runs as soon as the task that queued it ends,
// unless one ran less than a frame interval ago; then at the end of that interval.

export type FrameScheduler = (run: () => void) => void;

/** A 60 Hz frame: the most often a batch is handed over. */
export const frameIntervalMs = 1000 / 60;

/** A scheduler of its own per batch: each remembers when it last ran. */
export function createFrameIntervalScheduler(intervalMs = frameIntervalMs, now: () => number = () => performance.now()): FrameScheduler {
  let lastRun = Number.NEGATIVE_INFINITY;
  return (run) => {
    const wait = Math.max(0, lastRun + intervalMs - now());
    setTimeout(() => {
      lastRun = now();
      run();
    }, wait);
  };
}

export interface FrameBatch<T> {
  push(item: T): void;
  /** Applies everything queued now (tests, and before reading the store synchronously). */
  flush(): void;
  /** Drops everything queued. */
  clear(): void;
  readonly size: number;
}

export function createFrameBatch<T>(apply: (items: T[]) => void, schedule: FrameScheduler = createFrameIntervalScheduler()): FrameBatch<T> {
  let queue: T[] = [];
  let scheduled = false;
  let generation = 0;

  function flush(): void {
    scheduled = false;
    if (queue.length === 0) return;
    const items = queue;
    queue = [];
    apply(items);
  }

  return {
    push(item) {
      queue.push(item);
      if (scheduled) return;
      scheduled = true;
      const mine = generation;
      schedule(() => {
        if (mine === generation) flush();
      });
    },
    flush,
    clear() {
      queue = [];
      scheduled = false;
      generation += 1;
    },
    get size() {
      return queue.length;
    },
  };
}
