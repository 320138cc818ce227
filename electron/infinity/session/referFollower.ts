// Follows a refer (transfer, breakout room move): joins where it points with its one-time token,
// announces the move (`moved`, with the new meeting's details and never the token), and ends the
// session when the join fails, so the renderer is not left in a meeting that is gone.
import type { Result } from '../../shared/result';
import type { BridgeEventBody } from '../../shared/events';
import type { JoinedInfo } from '../../shared/meeting';
import type { Logger } from '../logger';
import type { ReferTicket } from './activeMeeting';
import type { JoinFailure } from './joinOutcome';
import type { ParsedJoinOptions } from './joinOptions';
import { joinMessages } from './joinMessages';

export interface ReferFollowerOptions {
  /** Joins without the one-join-at-a-time check: the referring meeting has already stopped. */
  rejoin(options: ParsedJoinOptions, announce: (info: JoinedInfo) => void): Promise<Result<JoinedInfo, JoinFailure>>;
  shuttingDown(): boolean;
  emit(body: BridgeEventBody): void;
  logger: Logger;
}

/** Where the referred participant was: the node and name it joins again with. */
export interface ReferOrigin {
  node: string;
  displayName: string;
}

export type ReferFollower = (origin: ReferOrigin, ticket: ReferTicket) => Promise<void>;

export function createReferFollower(options: ReferFollowerOptions): ReferFollower {
  const { logger } = options;
  return async (origin, ticket) => {
    if (options.shuttingDown()) return;
    const room =
      ticket.breakoutUuid === undefined || ticket.breakoutUuid === 'main'
        ? null
        : { breakoutUuid: ticket.breakoutUuid, name: ticket.breakoutName ?? '' };
    // The renderer hears `moved` before any event of the new meeting, so it never shows a disconnection.
    const announce = (info: JoinedInfo) => options.emit({ type: 'moved', info, room });
    const result = await options
      .rejoin({ node: origin.node, alias: ticket.alias, displayName: origin.displayName, referToken: ticket.token }, announce)
      .catch((error: unknown) => {
        logger.error('refer join threw', { error });
        return null;
      });
    if (result?.ok) return;
    const detail = result && 'detail' in result.error ? result.error.detail : undefined;
    logger.warn('could not follow refer', { detail });
    options.emit({ type: 'session_ended', code: 'disconnected', reason: joinMessages.rejected, wording: 'rejoinRefused' });
  };
}
