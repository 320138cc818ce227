// Runs one client API request for an operation and maps every outcome onto a typed Result:
// the value on success, or an OperationError carrying the HTTP status and Pexip's own result
// text. Never throws, never includes the token. Requests go through @pexip/infinity-api where
// it has the endpoint (it validates the answer); the rest are plain JSON requests ("raw"), each
// with a written reason at its call site.
import { z } from 'zod';
import { ValidationError } from '@pexip/infinity-api';
import type { Logger } from '../logger';
import { createRecordingFetcher, parseJsonBody, pexipErrorText, withTimeout, type RawResponse } from '../http/infinityFetch';
import { maxImageBodyBytes, readBoundedBytes, readBoundedText } from '../http/boundedResponses';
import { describeFailure } from '../http/requestFailure';
import { commandError, errorForFailure, errorForStatus, requestWords, withStatus, type OperationResult } from './requestErrors';
import { summarizeIssues } from '../validation/issueSummary';

export type { OperationError, OperationResult } from './requestErrors';

/** Where a request goes and with whose token: the active meeting's node, alias and participant. */
export interface OperationContext {
  host: string;
  alias: string;
  participantUuid: string;
  /** Adds the current token to each request. */
  fetch: typeof fetch;
  logger: Logger;
}

export const requestTimeoutMs = 10_000;

export type LibrarySend = (fetcher: typeof fetch, init: RequestInit) => Promise<{ status: number; data: unknown }>;

export interface RawRequest {
  method: 'GET' | 'POST';
  /** Path below /api/client/v2/conferences/<alias>/, segments already encoded. */
  path: string;
  body?: unknown;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

export type OperationRequest = { library: LibrarySend } | { raw: RawRequest };

/** Encodes one path segment (aliases, uuids and mix names may hold reserved characters). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/** The path of a room-level request: the main room, or a breakout room when `breakoutUuid` is set. */
export function roomPath(breakoutUuid: string | undefined, path: string): string {
  return breakoutUuid === undefined ? path : `breakouts/${segment(breakoutUuid)}/${path}`;
}

export function conferenceUrl(context: OperationContext, path: string, query?: Record<string, string>): string {
  const base = `${context.host}/api/client/v2/conferences/${segment(context.alias)}/${path}`;
  const search = query ? new URLSearchParams(query).toString() : '';
  return search === '' ? base : `${base}?${search}`;
}

async function sendRaw(context: OperationContext, request: RawRequest, fetcher: typeof fetch, init: RequestInit): Promise<Response> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  return fetcher(conferenceUrl(context, request.path, request.query), {
    ...init,
    method: request.method,
    headers,
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
}

function failureFrom(context: OperationContext, name: string, raw: RawResponse): OperationResult<never> {
  const detail = pexipErrorText(raw);
  const error = withStatus(errorForStatus(raw.status, detail), raw.status);
  context.logger.warn(`${name} refused`, { status: raw.status, detail });
  return { ok: false, error };
}

/**
 * Sends one request. `accept` turns a 200 JSON body into the value, or an error when the body
 * says the request did not succeed. With the library, `accept` sees its validated body, or the
 * raw body when the library's schema is stricter than the API document (the answer is still
 * checked by `accept`'s own schema).
 */
export async function runOperation<T>(
  context: OperationContext,
  name: string,
  request: OperationRequest,
  accept: (body: unknown) => OperationResult<T>,
): Promise<OperationResult<T>> {
  const { fetcher, lastResponse } = createRecordingFetcher(context.fetch);
  try {
    if ('library' in request) {
      const response = await request.library(fetcher, withTimeout(requestTimeoutMs));
      const last = lastResponse();
      if (response.status === 200) return accept(response.data);
      return last ? failureFrom(context, name, last) : { ok: false, error: withStatus(errorForStatus(response.status, undefined), response.status) };
    }
    await sendRaw(context, request.raw, fetcher, withTimeout(requestTimeoutMs));
    const last = lastResponse();
    if (!last) return { ok: false, error: commandError('failed', requestWords.failed) };
    if (last.status !== 200) return failureFrom(context, name, last);
    return accept(parseJsonBody(last));
  } catch (caught) {
    const last = lastResponse();
    if (caught instanceof ValidationError && last?.status === 200) {
      context.logger.debug(`${name}: answer outside the library schema, reading it directly`);
      return accept(parseJsonBody(last));
    }
    if (last && last.status !== 200) return failureFrom(context, name, last);
    if (caught instanceof ValidationError && !last) {
      // The library refused our request body before sending it.
      return { ok: false, error: commandError('invalid_argument', requestWords.invalidArgument, caught.message) };
    }
    const failure = describeFailure(caught, last);
    const error = withStatus(errorForFailure(failure), failure.kind === 'http' ? failure.status : undefined);
    context.logger.warn(`${name} failed`, { code: error.code, detail: error.detail });
    return { ok: false, error };
  }
}

export interface ImageBytes {
  contentType: string;
  bytes: Uint8Array;
}

/** GETs an image (avatar, presentation frame, theme resource): only bytes and type come back. */
export async function fetchBytes(context: OperationContext, name: string, request: RawRequest): Promise<OperationResult<ImageBytes>> {
  try {
    const response = await sendRaw(context, request, context.fetch, withTimeout(requestTimeoutMs));
    const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
    if (response.status !== 200) {
      const text = await readBoundedText(response);
      return failureFrom(context, name, { status: response.status, contentType, text });
    }
    return { ok: true, value: { contentType, bytes: await readBoundedBytes(response, maxImageBodyBytes) } };
  } catch (caught) {
    const error = errorForFailure(describeFailure(caught, undefined));
    context.logger.warn(`${name} failed`, { code: error.code, detail: error.detail });
    return { ok: false, error };
  }
}

const envelope = z.object({ status: z.string(), result: z.unknown() });

function notSuccessful(body: unknown): OperationResult<never> {
  const parsed = envelope.safeParse(body);
  const detail = parsed.success && typeof parsed.data.result === 'string' ? parsed.data.result : undefined;
  return { ok: false, error: commandError('failed', requestWords.notSuccessful, detail) };
}

/** "The result is true if successful, false otherwise" (null and absent results count as done). */
export function acceptDone(body: unknown): OperationResult<null> {
  const parsed = envelope.safeParse(body);
  if (!parsed.success || parsed.data.status !== 'success' || parsed.data.result === false) return notSuccessful(body);
  return { ok: true, value: null };
}

/** The `result` of a successful answer, parsed with `schema`. */
export function acceptResult<S>(schema: z.ZodType<S>): (body: unknown) => OperationResult<S> {
  return (body) => {
    const parsed = envelope.safeParse(body);
    if (!parsed.success || parsed.data.status !== 'success') return notSuccessful(body);
    const result = schema.safeParse(parsed.data.result);
    if (!result.success) {
      return { ok: false, error: commandError('failed', requestWords.unexpectedAnswer, 'Unexpected answer') };
    }
    return { ok: true, value: result.data };
  };
}

/** Validates a request body before sending it raw, as the library does for its own endpoints. */
export function checkedBody<S>(schema: z.ZodType<S>, body: unknown): OperationResult<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: commandError('invalid_argument', requestWords.invalidArgument, summarizeIssues(parsed.error, '(body)')) };
}
