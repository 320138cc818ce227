// Every client API operation, bound to the active meeting (its node, alias, participant and
// current token, which stays inside). Plain-data arguments and results, so the bridge can expose
// them later. With no meeting every operation answers `not_joined`; none ever throws.
import { commandError, requestWords } from './requestErrors';
import type { Logger } from '../logger';
import { checkNodeStatus, type NodeStatus } from '../discovery/nodeStatus';
import { breakoutFunctions } from './breakouts';
import { callFunctions, type CallArg } from './call';
import { conferenceControl } from './conferenceControl';
import { type ImageBytes, type OperationContext, type OperationError, type OperationResult } from './operationRequest';
import { otherFunctions } from './other';
import { participantFunctions, type StartCallRequest } from './participant';
import type { CallAnswer } from './responseResults';

/** What the operations need from the active meeting. */
export interface MeetingHandle {
  context: OperationContext;
  /** The participant's media call, if any (call functions default to it). */
  callUuid: string | null;
  /** SSE id of the latest presentation_frame. */
  readonly presentationFrameId: string | null;
  refreshToken(): Promise<OperationResult<{ expiresSeconds: number }>>;
  /** Releases the token and ends the meeting. */
  release(reason: string): Promise<void>;
}

type AnyOperation = (ctx: OperationContext, arg: never) => Promise<OperationResult<unknown>>;
type Bound<F> = F extends (ctx: OperationContext, ...rest: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
export type BoundGroup<G> = { [K in keyof G]: Bound<G[K]> };

/** Call functions: `participantUuid` defaults to oneself, `callUuid` to the active call. */
type CallDefaults<F> = F extends (ctx: OperationContext, arg: infer A) => Promise<infer R>
  ? (arg?: Omit<A, keyof CallArg> & Partial<CallArg>) => Promise<R>
  : never;
export type BoundCallGroup = { [K in keyof typeof callFunctions]: CallDefaults<(typeof callFunctions)[K]> };

export interface MeetingOperations {
  clientControl: {
    refreshToken(): Promise<OperationResult<{ expiresSeconds: number }>>;
    /** release_token with a reason: leaves the meeting. */
    releaseToken(arg?: { reason?: string }): Promise<OperationResult<null>>;
  };
  conference: BoundGroup<typeof conferenceControl>;
  participant: Omit<BoundGroup<typeof participantFunctions>, 'calls'> & {
    /** POST calls; for one's own main-room call, the call becomes the active call. */
    calls(arg: StartCallRequest): Promise<OperationResult<CallAnswer>>;
  };
  breakouts: BoundGroup<typeof breakoutFunctions>;
  call: BoundCallGroup;
  other: {
    /** The latest (or the named) presentation frame; only bytes and content type. */
    presentationFrame(arg?: { frameId?: string; high?: boolean }): Promise<OperationResult<ImageBytes>>;
    /** GET /api/client/v2/status of the meeting's node. */
    nodeStatus(): Promise<OperationResult<NodeStatus>>;
  };
}

const notJoined: OperationError = commandError('not_joined', requestWords.notJoined);

export function createMeetingOperations(resolve: () => MeetingHandle | null, logger: Logger): MeetingOperations {
  async function guarded<T>(name: string, run: (handle: MeetingHandle) => Promise<OperationResult<T>>): Promise<OperationResult<T>> {
    const handle = resolve();
    if (!handle) return { ok: false, error: notJoined };
    try {
      return await run(handle);
    } catch (error) {
      logger.error(`${name} threw`, { error });
      return { ok: false, error: commandError('failed', requestWords.failed) };
    }
  }

  function bind<G extends Record<string, AnyOperation>>(group: G): BoundGroup<G> {
    const entries = Object.entries(group).map(([name, operation]) => [
      name,
      (arg: never) => guarded(name, (handle) => operation(handle.context, arg)),
    ]);
    // The mapped type cannot be built key by key; each entry has its operation's signature.
    return Object.fromEntries(entries) as BoundGroup<G>;
  }

  function bindCalls(): BoundCallGroup {
    const entries = Object.entries(callFunctions).map(([name, operation]) => [
      name,
      (arg: Partial<CallArg> = {}) =>
        guarded(name, (handle) => {
          const callUuid = arg.callUuid ?? handle.callUuid;
          if (callUuid === null) return Promise.resolve({ ok: false, error: commandError('not_found', requestWords.noCall) });
          const full = { ...arg, participantUuid: arg.participantUuid ?? handle.context.participantUuid, callUuid };
          const run = operation as (ctx: OperationContext, a: typeof full) => Promise<OperationResult<unknown>>;
          // Whatever the node answers, a disconnected active call is over.
          if (name === 'disconnect' && callUuid === handle.callUuid) handle.callUuid = null;
          return run(handle.context, full);
        }),
    ]);
    return Object.fromEntries(entries) as BoundCallGroup;
  }

  const participant = bind(participantFunctions);
  return {
    clientControl: {
      refreshToken: () => guarded('refresh_token', (handle) => handle.refreshToken()),
      releaseToken: (arg = {}) =>
        guarded('release_token', async (handle) => {
          await handle.release(arg.reason?.trim() || 'User initiated disconnect');
          return { ok: true, value: null };
        }),
    },
    conference: bind(conferenceControl),
    participant: {
      ...participant,
      calls: (arg) =>
        guarded('calls', async (handle) => {
          const result = await participantFunctions.calls(handle.context, arg);
          const own = arg.participantUuid === handle.context.participantUuid && arg.breakoutUuid === undefined;
          if (result.ok && own) handle.callUuid = result.value.call_uuid;
          return result;
        }),
    },
    breakouts: bind(breakoutFunctions),
    call: bindCalls(),
    other: {
      presentationFrame: (arg = {}) =>
        guarded('presentation frame', (handle) => {
          const frameId = arg.frameId ?? handle.presentationFrameId;
          if (frameId === null) return Promise.resolve({ ok: false, error: commandError('not_found', requestWords.noFrame) });
          return otherFunctions.presentationFrame(handle.context, { frameId, ...(arg.high === undefined ? {} : { high: arg.high }) });
        }),
      nodeStatus: () => guarded('status', (handle) => checkNodeStatus(handle.context.host, handle.context.fetch)),
    },
  };
}
