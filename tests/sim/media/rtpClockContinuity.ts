// When a stream we send changes source (a voice switch, a new presenter, a presentation after a
// pause), the first packet of the new source continues our sequence numbers, and our RTP clock
// moves on by the wall time since our last packet (RFC 3550 §5.1: the timestamp follows the
// sampling instant), as an MCU's own encoder would. Stepping it by one tick instead tells the
// receiver that a frame sent seconds later was sampled at once, which its jitter estimate takes
// as seconds of delay.

/** The RTP clock step (ticks) for a pause of `elapsedMs` on a clock of `clockRate` Hz; at least 1. */
export function rtpTimestampStep(elapsedMs: number, clockRate: number): number {
  return Math.max(1, Math.round((Math.max(0, elapsedMs) * clockRate) / 1000));
}

/** Per stream: when we last sent, and whether the next packet starts a new source. */
export class RtpClockContinuity<Kind extends string> {
  private readonly lastSentAt = new Map<Kind, number>();
  private readonly restartPending = new Set<Kind>();

  /** The next packet on `kind` comes from another source. */
  restart(kind: Kind): void {
    this.restartPending.add(kind);
  }

  /**
   * Called for every packet sent, at `now` (ms); returns the timestamp step to continue with when
   * this packet starts a new source, undefined otherwise.
   */
  sent(kind: Kind, now: number, clockRate: number): number | undefined {
    const last = this.lastSentAt.get(kind);
    this.lastSentAt.set(kind, now);
    if (!this.restartPending.delete(kind)) return undefined;
    return last === undefined ? 1 : rtpTimestampStep(now - last, clockRate);
  }
}
