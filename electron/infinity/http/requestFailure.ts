// Classifies why a request did not produce a usable answer, from the thrown error and the
// last raw response. Join errors and command errors are both derived from this.
import { NonJSONResponseError, ValidationError } from '@pexip/infinity-api';
import { pexipErrorText, type RawResponse } from './infinityFetch';

export type NetworkFailure =
  /** No HTTP answer at all: refused, DNS failure, reset, timeout. */
  | { kind: 'unreachable'; code: string }
  /** The TLS handshake failed verification (self-signed, expired, wrong name...). */
  | { kind: 'tls'; code: string };

export type RequestFailure =
  | NetworkFailure
  /** An HTTP answer the caller did not expect (status and Pexip's text when there was one). */
  | { kind: 'http'; status: number; detail?: string }
  /** Something else (a bug, or an answer we could not parse at all). */
  | { kind: 'unknown'; detail: string };

const tlsCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'INVALID_CA',
  'HOSTNAME_MISMATCH',
]);

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

function errorCode(error: unknown): string | undefined {
  if (error !== null && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** The causes of an error, outermost first (fetch wraps the socket error in `cause`). */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 6) {
    chain.push(current);
    current = typeof current === 'object' && 'cause' in current ? (current as { cause: unknown }).cause : undefined;
  }
  return chain;
}

/** A transport-level failure (no HTTP answer), or null when `error` is something else. */
export function classifyNetworkError(error: unknown): NetworkFailure | null {
  for (const link of causeChain(error)) {
    const code = errorCode(link);
    if (code !== undefined && (tlsCodes.has(code) || code.startsWith('ERR_TLS') || code.includes('CERT'))) {
      return { kind: 'tls', code };
    }
    if (code !== undefined && unreachableCodes.has(code)) return { kind: 'unreachable', code };
    if (link instanceof Error && (link.name === 'TimeoutError' || link.name === 'AbortError')) {
      return { kind: 'unreachable', code: 'TIMEOUT' };
    }
  }
  // undici reports "fetch failed" for every transport error; unknown causes are still transport.
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause = causeChain(error)[1];
    return { kind: 'unreachable', code: errorCode(cause) ?? (cause instanceof Error ? cause.message : 'FETCH_FAILED') };
  }
  return null;
}

/** Why a request made with @pexip/infinity-api failed (it threw), given what was last received. */
export function describeFailure(error: unknown, last: RawResponse | undefined): RequestFailure {
  const network = classifyNetworkError(error);
  if (network) return network;
  if (last) {
    const detail = pexipErrorText(last);
    return detail === undefined ? { kind: 'http', status: last.status } : { kind: 'http', status: last.status, detail };
  }
  if (error instanceof ValidationError || error instanceof NonJSONResponseError) {
    return { kind: 'unknown', detail: error.message };
  }
  return { kind: 'unknown', detail: error instanceof Error ? error.message : String(error) };
}
