// GET /api/client/v2/status: whether a Conferencing Node takes calls (200 "OK") or is in
// maintenance mode (503). No token is needed.
import { defaultFetch, withTimeout } from '../http/infinityFetch';
import { readBoundedText } from '../http/boundedResponses';
import { describeFailure } from '../http/requestFailure';
import { commandError, errorForFailure, requestWords } from '../requests/requestErrors';
import type { OperationResult } from '../requests/operationRequest';

export type NodeStatus = 'available' | 'maintenance';

export const statusTimeoutMs = 5000;

/** `available` on 200, `maintenance` on 503; anything else is an error with the node's text. */
export async function checkNodeStatus(baseUrl: string, fetcher: typeof fetch = defaultFetch): Promise<OperationResult<NodeStatus>> {
  let response: Response;
  try {
    response = await fetcher(`${baseUrl}/api/client/v2/status`, { ...withTimeout(statusTimeoutMs), method: 'GET' });
  } catch (error) {
    return { ok: false, error: errorForFailure(describeFailure(error, undefined)) };
  }
  const text = await readBoundedText(response).catch(() => '');
  if (response.status === 200) return { ok: true, value: 'available' };
  if (response.status === 503) return { ok: true, value: 'maintenance' };
  let detail: string | undefined;
  try {
    const body = JSON.parse(text) as unknown;
    if (body !== null && typeof body === 'object' && 'result' in body && typeof body.result === 'string') detail = body.result;
  } catch {
    detail = undefined;
  }
  return { ok: false, error: { ...commandError('failed', requestWords.noStatus, detail ?? `HTTP ${response.status}`), status: response.status } };
}
