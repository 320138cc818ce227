// The one place where a client API request's failure becomes a CommandError: what the person
// reads for each kind of failure, and how an HTTP status with Pexip's own text maps onto a code.
// Every request wrapper (requests/*.ts) and the service's guards use these texts, so the same
// refusal reads the same whichever command sent it. Each text goes with its wording's code, which
// the renderer translates (commandError.<wording>).
import type { CommandError, Result } from '../../shared/result';
import { wordsOf, type CommandWords } from '../../shared/commandWording';
import type { RequestFailure } from '../http/requestFailure';

export const requestMessages = {
  notJoined: 'You are not in a meeting.',
  invalidArgument: 'Parley sent a request the meeting could not use.',
  invalidToken: 'Your connection to the meeting is no longer valid.',
  forbidden: 'The meeting server did not allow this.',
  notFound: 'The meeting server could not find what this request refers to.',
  unreachable: 'Parley could not reach the meeting server.',
  /** The node could not answer (5xx, timeout, an error we cannot read). */
  failed: 'The meeting server could not do this right now.',
  /** The node answered 200 but said the request did not succeed (`result: false`, status not "success"). */
  notSuccessful: 'The meeting server did not do this.',
  unexpectedAnswer: 'The meeting server answered in a way Parley did not understand.',
  noCall: 'There is no media call in progress.',
  noFrame: 'There is no presentation frame to fetch yet.',
  noStatus: 'The meeting server did not report its status.',
} as const;

/** The same texts with their wording codes: what commandError takes. */
export const requestWords = wordsOf(requestMessages);

/** Why an operation failed. Structurally a CommandError, so the bridge can carry it unchanged. */
export interface OperationError extends CommandError {
  /** The HTTP status when the node answered. */
  status?: number;
}

export type OperationResult<T> = Result<T, OperationError>;

/** A CommandError from a wording (its English and code) or, for a caller's own text, plain English. */
export function commandError(code: CommandError['code'], words: CommandWords | string, detail?: string): CommandError {
  const worded: CommandError = typeof words === 'string' ? { code, message: words } : { code, ...words };
  return detail === undefined ? worded : { ...worded, detail };
}

export function withStatus(error: CommandError, status: number | undefined): OperationError {
  return status === undefined ? error : { ...error, status };
}

/** The CommandError for an HTTP status and Pexip's text. */
export function errorForStatus(status: number, detail: string | undefined): CommandError {
  if (status === 403 && detail !== undefined && /invalid token/i.test(detail)) {
    return commandError('invalid_token', requestWords.invalidToken, detail);
  }
  if (status === 401 || status === 403) return commandError('forbidden', requestWords.forbidden, detail);
  if (status === 404) return commandError('not_found', requestWords.notFound, detail);
  return commandError('failed', requestWords.failed, detail ?? `HTTP ${status}`);
}

export function errorForFailure(failure: RequestFailure): CommandError {
  switch (failure.kind) {
    case 'unreachable':
    case 'tls':
      return commandError('node_unreachable', requestWords.unreachable, failure.code);
    case 'http':
      return errorForStatus(failure.status, failure.detail);
    case 'unknown':
      return commandError('failed', requestWords.failed, failure.detail);
  }
}
