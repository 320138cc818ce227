// Faults the tests switch on: maintenance mode, refused refreshes, slow requests.

export class FaultState {
  maintenance = false;
  private delay = 0;
  private readonly heldRequests = new Set<() => void>();
  private refreshFailuresLeft = 0;
  private refreshFailureStatus = 503;

  get delayMs(): number {
    return this.delay;
  }

  /** How many requests are being held back by the delay right now. */
  get delayedRequests(): number {
    return this.heldRequests.size;
  }

  /** Sets the delay; switching it off (0) lets every held request through at once. */
  setDelay(ms: number): void {
    this.delay = Math.max(0, ms);
    if (this.delay === 0) this.releaseHeldRequests();
  }

  /** Resolves after the current delay, or as soon as the delay is switched off. */
  waitForDelay(): Promise<void> {
    if (this.delay === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer);
        this.heldRequests.delete(release);
        resolve();
      };
      const timer = setTimeout(release, this.delay);
      this.heldRequests.add(release);
    });
  }

  releaseHeldRequests(): void {
    for (const release of [...this.heldRequests]) release();
  }

  failNextRefreshes(count: number, status: number): void {
    this.refreshFailuresLeft = Math.max(0, Math.floor(count));
    this.refreshFailureStatus = status;
  }

  /** The status to fail this refresh with, or undefined to let it through. */
  takeRefreshFailure(): number | undefined {
    if (this.refreshFailuresLeft <= 0) return undefined;
    this.refreshFailuresLeft -= 1;
    return this.refreshFailureStatus;
  }
}
