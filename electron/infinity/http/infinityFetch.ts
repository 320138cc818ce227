// HTTP plumbing for every REST call: undici's fetch as the default transport, a recording
// wrapper that keeps the raw status and body (so a failure can be explained with Pexip's own
// text even when @pexip/infinity-api throws instead of returning), and per-request timeouts.
import { fetch as undiciFetch } from 'undici';
import { readBoundedText, refuseRedirects } from './boundedResponses';

// undici's fetch has its own (structurally compatible) Request/Response types; the core and
// @pexip/infinity-api speak the standard `fetch` signature.
// Redirects are never followed (see boundedResponses.ts): the token and PIN headers stay with the node.
export const defaultFetch = refuseRedirects(undiciFetch as unknown as typeof fetch);

export interface RawResponse {
  status: number;
  contentType: string | null;
  text: string;
}

export interface RecordingFetcher {
  fetcher: typeof fetch;
  /** The last response this fetcher received (body fully read), if any. */
  lastResponse(): RawResponse | undefined;
}

const nullBodyStatuses = new Set([101, 204, 205, 304]);

/** Wraps `base` so the body is buffered and remembered, then handed on as a fresh Response. */
export function createRecordingFetcher(base: typeof fetch): RecordingFetcher {
  let last: RawResponse | undefined;
  const fetcher: typeof fetch = async (input, init) => {
    const response = await base(input, init);
    const text = await readBoundedText(response);
    last = { status: response.status, contentType: response.headers.get('content-type'), text };
    return new Response(nullBodyStatuses.has(response.status) ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return { fetcher, lastResponse: () => last };
}

/** Request options with a deadline, for calls that must not hang the user interface. */
export function withTimeout(ms: number): RequestInit {
  // AbortSignal.timeout throws on a fraction, a negative or a non-finite delay.
  return { signal: AbortSignal.timeout(Number.isFinite(ms) ? Math.min(2 ** 31 - 1, Math.max(1, Math.round(ms))) : 2 ** 31 - 1) };
}

/** The JSON body of a raw response, or undefined when it is not JSON. */
export function parseJsonBody(raw: RawResponse): unknown {
  try {
    return JSON.parse(raw.text) as unknown;
  } catch {
    return undefined;
  }
}

/** Pexip's error text from `{status, result: "<text>"}` bodies (or a short plain-text body). */
export function pexipErrorText(raw: RawResponse): string | undefined {
  const body = parseJsonBody(raw);
  if (body !== null && typeof body === 'object' && 'result' in body) {
    const result = (body as { result: unknown }).result;
    if (typeof result === 'string' && result !== '') return result;
  }
  if (typeof body === 'string' && body !== '') return body;
  const text = raw.text.trim();
  if (body === undefined && text !== '' && text.length <= 200 && !text.startsWith('<')) return text;
  return undefined;
}
