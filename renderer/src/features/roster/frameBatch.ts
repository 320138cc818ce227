// Collects items as they arrive and hands them over together once per animation frame, so a burst
// of bridge events costs one store update (and one render) per frame instead of one each.

export type FrameScheduler = (run: () => void) => void;

/** Fallback when frames stop (hidden or minimized window): the queue must not grow unbounded. */
const hiddenFlushMs = 250;

/** The next animation frame, or a timer if no frame comes (background windows get none). */
export const nextFrame: FrameScheduler = (run) => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, hiddenFlushMs);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
};

export interface FrameBatch<T> {
  push(item: T): void;
  /** Applies everything queued now (tests, and before reading the store synchronously). */
  flush(): void;
  /** Drops everything queued. */
  clear(): void;
  readonly size: number;
}

export function createFrameBatch<T>(apply: (items: T[]) => void, schedule: FrameScheduler = nextFrame): FrameBatch<T> {
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
