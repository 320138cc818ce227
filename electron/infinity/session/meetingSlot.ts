// The one meeting a MeetingService may be in, and the service's shutdown. Joins, refers, commands
// and operations all read it here, so "which meeting" and "shutting down?" have one answer.
import { sessionEndWords, type ActiveMeeting } from './activeMeeting';

export class MeetingSlot {
  private active: ActiveMeeting | null = null;
  private shutdownPromise: Promise<void> | null = null;

  /** The meeting in the slot, even while it is ending (its commands check that themselves). */
  get current(): ActiveMeeting | null {
    return this.active;
  }

  /** The meeting while joined and not ended, else null. */
  joined(): ActiveMeeting | null {
    const active = this.active;
    return active && !active.isEnded ? active : null;
  }

  get shuttingDown(): boolean {
    return this.shutdownPromise !== null;
  }

  occupy(active: ActiveMeeting): void {
    this.active = active;
  }

  /** An ended meeting leaves the slot, unless a newer one (a followed refer) already took it. */
  vacate(active: ActiveMeeting): void {
    if (this.active === active) this.active = null;
  }

  /** Leaves the meeting (release_token with the reason) once; later calls share the first. */
  shutdown(reason: string): Promise<void> {
    this.shutdownPromise ??= (async () => {
      const active = this.active;
      if (active) await active.end('left', sessionEndWords.left, true, reason);
    })();
    return this.shutdownPromise;
  }
}
