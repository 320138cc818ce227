// Faults the tests switch on: maintenance mode, refused refreshes, slow requests.
import { RefreshFaultPlan, type RefreshFault, type RefreshFaultRate } from './refreshFaultPlan';

export class FaultState {
  maintenance = false;
  private delay = 0;
  private readonly heldRequests = new Set<() => void>();
  private refreshFailuresLeft = 0;
  private refreshFailureStatus = 503;
  private refreshPlan: RefreshFaultPlan | null = null;

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

  /** From now on a random share of refreshes fails (rate 0 switches it off); counts start again. */
  setRefreshFaultRate(settings: RefreshFaultRate): void {
    this.refreshPlan = settings.rate > 0 ? new RefreshFaultPlan(settings) : null;
  }

  /** How the random refresh faults fell so far (null while none are switched on). */
  get refreshFaultCounts(): RefreshFaultPlan['counts'] | null {
    return this.refreshPlan ? { ...this.refreshPlan.counts } : null;
  }

  /** How to fail this refresh, or undefined to let it through. A counted failure comes first. */
  takeRefreshFailure(): RefreshFault | undefined {
    if (this.refreshFailuresLeft > 0) {
      this.refreshFailuresLeft -= 1;
      return { kind: 'status', status: this.refreshFailureStatus };
    }
    return this.refreshPlan?.draw();
  }
}
