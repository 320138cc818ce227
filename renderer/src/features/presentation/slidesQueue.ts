// The slides m-line changes one way at a time: sending, receiving and stopping are queued in the
// order they were asked for, so a renegotiation never overlaps another.
export type SlidesQueue = <T>(run: () => Promise<T>) => Promise<T>;

export function createSlidesQueue(): SlidesQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>): Promise<T> => {
    const next = tail.then(run);
    // A failed change must not block the ones after it.
    tail = next.catch(() => undefined);
    return next;
  };
}
