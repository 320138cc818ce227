// Other requests of the client API: the presentation stills announced by presentation_frame
// (fetched with the token and the event's id; only the image bytes and type come back) and the
// node's status (see discovery/nodeStatus.ts, which needs no token).
import { commandError, requestWords } from './requestErrors';
import { fetchBytes, type ImageBytes, type OperationContext, type OperationResult } from './operationRequest';

export interface PresentationFrameRequest {
  /** SSE id of the presentation_frame event. */
  frameId: string;
  /** presentation_high.jpeg instead of presentation.jpeg. */
  high?: boolean;
}

export const otherFunctions = {
  presentationFrame(ctx: OperationContext, arg: PresentationFrameRequest): Promise<OperationResult<ImageBytes>> {
    if (arg.frameId === '') return Promise.resolve({ ok: false, error: commandError('not_found', requestWords.noFrame) });
    // The id goes as a header (the token already does): nothing secret ends up in a URL.
    return fetchBytes(ctx, 'presentation frame', {
      method: 'GET',
      path: arg.high ? 'presentation_high.jpeg' : 'presentation.jpeg',
      headers: { id: arg.frameId },
    });
  },
};
