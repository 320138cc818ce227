// One-time tokens handed out with `refer` (transfer, moves into and out of breakout rooms) and by
// request_guest_token. request_token with {token} redeems one: the bearer joins the named room with
// the named role, without a PIN, keeping their participant uuid when they had one.
import { randomBytes } from 'node:crypto';
import type { JoinRole } from '../conference/joinPolicy';

export interface ReferTicket {
  /** Node key of the room to join. */
  roomKey: string;
  role: JoinRole;
  participantUuid?: string;
  displayName?: string;
  /** 'main' or a breakout uuid: where the participant was before (for "previous"). */
  previousRoom?: string;
}

export class ReferTokens {
  private readonly tickets = new Map<string, { ticket: ReferTicket; expiresAt: number }>();

  constructor(private readonly lifetimeMs: () => number) {}

  issue(ticket: ReferTicket): string {
    this.prune();
    const token = randomBytes(24).toString('base64url');
    this.tickets.set(token, { ticket, expiresAt: Date.now() + this.lifetimeMs() });
    return token;
  }

  /** The ticket of a valid token, which is then used up. */
  redeem(token: string): ReferTicket | undefined {
    const entry = this.tickets.get(token);
    this.tickets.delete(token);
    if (!entry || Date.now() >= entry.expiresAt) return undefined;
    return entry.ticket;
  }

  private prune(): void {
    const now = Date.now();
    for (const [token, entry] of this.tickets) if (now >= entry.expiresAt) this.tickets.delete(token);
  }
}
