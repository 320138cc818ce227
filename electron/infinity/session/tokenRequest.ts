// request_token for a join: sends the options (PIN as a header) and reads the node's answer as a
// JoinOutcome, including answers the library refuses to model.
import { requestToken, withPin } from '@pexip/infinity-api';
import { createRecordingFetcher, parseJsonBody, withTimeout } from '../http/infinityFetch';
import { describeFailure } from '../http/requestFailure';
import { interpretTokenResponse, joinErrorForFailure, type JoinContext, type JoinOutcome } from './joinOutcome';
import { requestTokenBodyFor, type ParsedJoinOptions } from './joinOptions';

const joinTimeoutMs = 15_000;

export interface JoinTokenRequest {
  options: ParsedJoinOptions;
  /** The trimmed conference extension (after a Virtual Reception), if any. */
  extension: string | undefined;
  /** The trimmed PIN, if any. */
  pin: string | undefined;
  context: JoinContext;
}

export async function requestJoinToken(fetch: typeof globalThis.fetch, request: JoinTokenRequest): Promise<JoinOutcome> {
  const { options, extension, pin, context } = request;
  const { fetcher, lastResponse } = createRecordingFetcher(fetch);
  try {
    // requestToken replaces init.headers, so the PIN header is added by a wrapping fetcher.
    const response = await requestToken({
      // A refer token admits its bearer by itself: no PIN header.
      fetcher: options.referToken === undefined ? withPin(fetcher, pin ?? 'none') : fetcher,
      init: withTimeout(joinTimeoutMs),
      params: { conferenceAlias: options.alias },
      body: requestTokenBodyFor(options, extension),
      host: context.node,
    });
    return interpretTokenResponse(response.status, response.data, context);
  } catch (error) {
    const last = lastResponse();
    // The library throws on statuses and shapes it does not model; the raw answer still says why.
    return last
      ? interpretTokenResponse(last.status, parseJsonBody(last), context)
      : { kind: 'failed', error: joinErrorForFailure(describeFailure(error, undefined), context) };
  }
}
