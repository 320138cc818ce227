import { describe, expect, it } from 'vitest';
import { ValidationError } from '@pexip/infinity-api';
import { classifyNetworkError, describeFailure } from '../../../../../electron/infinity/http/requestFailure';

function fetchFailed(code: string | undefined, message = 'boom'): TypeError {
  const cause = Object.assign(new Error(message), code === undefined ? {} : { code });
  return new TypeError('fetch failed', { cause });
}

describe('classifyNetworkError', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH'])(
    '%s is unreachable',
    (code) => {
      expect(classifyNetworkError(fetchFailed(code))).toEqual({ kind: 'unreachable', code });
    },
  );

  it.each(['DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'SELF_SIGNED_CERT_IN_CHAIN'])(
    '%s is a TLS failure',
    (code) => {
      expect(classifyNetworkError(fetchFailed(code))).toEqual({ kind: 'tls', code });
    },
  );

  it('treats a timeout as unreachable', () => {
    expect(classifyNetworkError(new DOMException('timed out', 'TimeoutError'))).toEqual({ kind: 'unreachable', code: 'TIMEOUT' });
  });

  it('treats an unknown fetch failure as unreachable, and other errors as not network', () => {
    expect(classifyNetworkError(fetchFailed(undefined, 'bad port'))).toEqual({ kind: 'unreachable', code: 'bad port' });
    expect(classifyNetworkError(new Error('other'))).toBeNull();
  });
});

describe('describeFailure', () => {
  it('uses the last response and Pexip text when the library threw', () => {
    const last = { status: 502, contentType: 'application/json', text: '{"status":"failed","result":"502 Bad Gateway"}' };
    expect(describeFailure(new Error('Unexpected status 502'), last)).toEqual({ kind: 'http', status: 502, detail: '502 Bad Gateway' });
  });

  it('ignores HTML bodies as detail', () => {
    const last = { status: 404, contentType: 'text/html', text: '<html>nope</html>' };
    expect(describeFailure(new Error('x'), last)).toEqual({ kind: 'http', status: 404 });
  });

  it('reports a validation failure without a response as unknown', () => {
    expect(describeFailure(new ValidationError([]), undefined).kind).toBe('unknown');
  });
});
