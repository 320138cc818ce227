// Runs one in-meeting REST request through @pexip/infinity-api and maps every way it can go
// wrong onto a CommandError (never throws, never includes the token).
import { z } from 'zod';
import { ValidationError } from '@pexip/infinity-api';
import type { CommandError, Result } from '../../shared/bridge';
import type { Logger } from '../logger';
import { createRecordingFetcher, parseJsonBody, withTimeout } from '../http/infinityFetch';
import { describeFailure, type RequestFailure } from '../http/requestFailure';

export interface CommandContext {
  host: string;
  alias: string;
  participantUuid: string;
  /** Adds the current token to each request. */
  fetch: typeof fetch;
  logger: Logger;
}

export const commandTimeoutMs = 10_000;

export const commandMessages = {
  notJoined: 'You are not in a meeting.',
  invalidArgument: 'Parley sent a request the meeting could not use.',
  invalidToken: 'Your connection to the meeting is no longer valid.',
  forbidden: 'The meeting server did not allow this.',
  notFound: 'The meeting server could not find what this request refers to.',
  unreachable: 'Parley could not reach the meeting server.',
  failed: 'The meeting server could not do this right now.',
  noCall: 'There is no media call in progress.',
} as const;

export type CommandResultOf<T> = Result<T, CommandError>;

export function commandError(code: CommandError['code'], message: string, detail?: string): CommandError {
  return detail === undefined ? { code, message } : { code, message, detail };
}

/** The CommandError for an HTTP status and Pexip's text. */
export function errorForStatus(status: number, detail: string | undefined): CommandError {
  if (status === 403 && detail !== undefined && /invalid token/i.test(detail)) {
    return commandError('invalid_token', commandMessages.invalidToken, detail);
  }
  if (status === 401 || status === 403) return commandError('forbidden', commandMessages.forbidden, detail);
  if (status === 404) return commandError('not_found', commandMessages.notFound, detail);
  return commandError('failed', commandMessages.failed, detail ?? `HTTP ${status}`);
}

export function errorForFailure(failure: RequestFailure): CommandError {
  switch (failure.kind) {
    case 'unreachable':
    case 'tls':
      return commandError('node_unreachable', commandMessages.unreachable, failure.code);
    case 'http':
      return errorForStatus(failure.status, failure.detail);
    case 'unknown':
      return commandError('failed', commandMessages.failed, failure.detail);
  }
}

function textOf(data: unknown): string | undefined {
  if (typeof data === 'string') return data;
  if (data !== null && typeof data === 'object' && 'result' in data) {
    const result = (data as { result: unknown }).result;
    if (typeof result === 'string') return result;
  }
  return undefined;
}

/**
 * Sends one request. `send` receives the fetcher and init to pass to the library function;
 * `accept` turns a 200 body into the command's value (or an error when it is unusable).
 * `accept` sees the library's validated body, or, when the library's schema is stricter than
 * the node (e.g. it wants `result: null` where the API document says `true`), the raw body.
 */
export async function runCommandRequest<T>(
  context: CommandContext,
  name: string,
  send: (fetcher: typeof fetch, init: RequestInit) => Promise<{ status: number; data: unknown }>,
  accept: (body: unknown) => CommandResultOf<T>,
): Promise<CommandResultOf<T>> {
  const { fetcher, lastResponse } = createRecordingFetcher(context.fetch);
  try {
    const response = await send(fetcher, withTimeout(commandTimeoutMs));
    if (response.status === 200) return accept(response.data);
    const error = errorForStatus(response.status, textOf(response.data));
    context.logger.warn(`${name} refused`, { status: response.status, detail: error.detail });
    return { ok: false, error };
  } catch (caught) {
    const last = lastResponse();
    if (caught instanceof ValidationError && last?.status === 200) {
      context.logger.debug(`${name}: answer outside the library schema, reading it directly`);
      return accept(parseJsonBody(last));
    }
    const error = errorForFailure(describeFailure(caught, last));
    context.logger.warn(`${name} failed`, { code: error.code, detail: error.detail });
    return { ok: false, error };
  }
}

const successEnvelope = z.object({ status: z.string(), result: z.unknown() });

/** For endpoints whose answer carries nothing we need: success unless the node says `false`. */
export function acceptSuccess(body: unknown): CommandResultOf<null> {
  const parsed = successEnvelope.safeParse(body);
  if (!parsed.success || parsed.data.status !== 'success' || parsed.data.result === false) {
    return { ok: false, error: commandError('failed', commandMessages.failed, textOf(body)) };
  }
  return { ok: true, value: null };
}

/** Parses a 200 body with `schema`, or reports an unusable answer. */
export function acceptWith<S, T>(schema: z.ZodType<S>, map: (value: S) => T): (body: unknown) => CommandResultOf<T> {
  return (body) => {
    const parsed = schema.safeParse(body);
    if (!parsed.success) return { ok: false, error: commandError('failed', commandMessages.failed, 'Unexpected answer') };
    return { ok: true, value: map(parsed.data) };
  };
}
