// Faults the tests switch on: maintenance mode, refused refreshes, slow requests.

export class FaultState {
  maintenance = false;
  delayMs = 0;
  private refreshFailuresLeft = 0;
  private refreshFailureStatus = 503;

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
