// The Infinity core's public face: one MeetingService per participant. It implements every
// bridge command (validating the untrusted argument, never throwing) and fans out events.
import { requestToken, withPin } from '@pexip/infinity-api';
import type {
  BridgeEvent,
  BridgeEventBody,
  BridgeEventListener,
  BridgeHandlers,
  CommandError,
  CommandName,
  CommandResult,
  JoinError,
  JoinRequest,
  Result,
} from '../shared/bridge';
import type { JoinedInfo } from '../shared/meeting';
import { consoleLogger, type Logger } from './logger';
import { createRecordingFetcher, defaultFetch, parseJsonBody, withTimeout } from './http/infinityFetch';
import { describeFailure } from './http/requestFailure';
import { normalizeNodeAddress } from './http/nodeAddress';
import { interpretTokenResponse, joinErrorForFailure, type JoinContext, type JoinFailure, type JoinOutcome } from './session/joinOutcome';
import { joinMessages } from './session/joinMessages';
import { ActiveMeeting, sessionEndReasons, type ReferTicket } from './session/activeMeeting';
import { joinOptionsSchema, requestTokenBodyFor, type JoinOptions } from './session/joinOptions';
import type { z } from 'zod';
import type { CoreMeetingSnapshot } from './state/meetingState';
import { createMeetingOperations, type MeetingHandle, type MeetingOperations } from './operations/meetingOperations';
import { commandError as operationError } from './commands/commandRequest';
import { preciseNow } from './events/eventStream';
import { parseCommandArgument, type ParsedArgument } from './bridge/commandArguments';
import { commandError, commandMessages, type CommandContext } from './commands/commandRequest';
import { ackCall, hangUpCall, sendCandidate, setClientMute, startCall, updateCall } from './commands/callCommands';
import { sendConferenceMessage } from './commands/chatCommands';
import { createMeetingControlsHandlers } from './bridge/meetingControlsHandlers';
import { createPresentationHandlers, type ScreenShareHost } from './bridge/presentationHandlers';
import { createKioskSlot, type KioskSlot } from './bridge/kioskHandlers';

export interface MeetingServiceOptions {
  logger?: Logger;
  /** Default: undici's fetch. */
  fetch?: typeof fetch;
  /** Jitter source, for tests. */
  random?: () => number;
  /** How long the event stream may stay down before the meeting ends (default 120 s). */
  maxOutageMs?: number;
  /** Parley's own screen picker (Electron main); without it the browser's prompt is used. */
  screenShare?: ScreenShareHost;
}

export interface MeetingService {
  handlers: BridgeHandlers;
  /** Kiosk mode: the room policy attaches here; its commands and events ride on this service's bridge. */
  readonly kiosk: KioskSlot;
  /**
   * Joins with every request_token option (call tag, direct media, SSO, refer token). A join
   * with `chosenIdp` fails with `sso_redirect` naming the sign-in URL.
   */
  joinWith(options: JoinOptions): Promise<Result<JoinedInfo, JoinFailure>>;
  /** Every client API operation, bound to the active meeting (not_joined without one). */
  readonly operations: MeetingOperations;
  /** A read-only copy of everything the core knows about the meeting, or null when not in one. */
  state(): CoreMeetingSnapshot | null;
  onEvent(listener: BridgeEventListener): () => void;
  /** Leave if in a meeting (release_token with the reason), stop timers and streams. Idempotent. */
  shutdown(reason: string): Promise<void>;
  readonly joined: boolean;
}

const joinTimeoutMs = 15_000;

/** The bridge's join knows no SSO redirect: it is reported as "sign in with this provider". */
function asJoinError(error: JoinFailure): JoinError {
  if (error.code !== 'sso_redirect') return error;
  return { code: 'sso_required', message: error.message, identityProviders: [error.identityProvider] };
}
const defaultLeaveReason = 'User initiated disconnect';

export function createMeetingService(options: MeetingServiceOptions = {}): MeetingService {
  const logger = options.logger ?? consoleLogger;
  const baseFetch = options.fetch ?? defaultFetch;
  const random = options.random ?? Math.random;
  const listeners = new Set<BridgeEventListener>();
  let meeting: ActiveMeeting | null = null;
  let joining = false;
  let shutdownPromise: Promise<void> | null = null;

  function emit(body: BridgeEventBody, receivedAt: number = preciseNow()): void {
    const event: BridgeEvent = { ...body, receivedAt };
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        logger.error('event listener threw', { error, type: event.type });
      }
    }
  }

  async function requestJoin(arg: z.output<typeof joinOptionsSchema>): Promise<Result<JoinedInfo, JoinFailure>> {
    const node = normalizeNodeAddress(arg.node);
    if (!node) return { ok: false, error: { code: 'invalid_address', message: joinMessages.invalidAddress } };
    const extension = arg.conferenceExtension?.trim() || undefined;
    const pin = arg.pin?.trim() || undefined;
    // After a Virtual Reception the token belongs to the target room: later requests use its alias.
    const alias = extension ?? arg.alias;
    const context: JoinContext = { node: node.baseUrl, host: node.host, alias, pinSent: pin !== undefined };

    const { fetcher, lastResponse } = createRecordingFetcher(baseFetch);
    let outcome: JoinOutcome;
    try {
      // requestToken replaces init.headers, so the PIN header is added by a wrapping fetcher.
      const response = await requestToken({
        // A refer token admits its bearer by itself: no PIN header.
        fetcher: arg.referToken === undefined ? withPin(fetcher, pin ?? 'none') : fetcher,
        init: withTimeout(joinTimeoutMs),
        params: { conferenceAlias: arg.alias },
        body: requestTokenBodyFor(arg, extension),
        host: node.baseUrl,
      });
      outcome = interpretTokenResponse(response.status, response.data, context);
    } catch (error) {
      const last = lastResponse();
      // The library throws on statuses and shapes it does not model; the raw answer still says why.
      outcome = last
        ? interpretTokenResponse(last.status, parseJsonBody(last), context)
        : { kind: 'failed', error: joinErrorForFailure(describeFailure(error, undefined), context) };
    }
    if (outcome.kind === 'failed') {
      const detail = 'detail' in outcome.error ? outcome.error.detail : undefined;
      logger.info('join failed', { code: outcome.error.code, detail });
      return { ok: false, error: outcome.error };
    }

    const active = new ActiveMeeting({
      node,
      alias,
      joined: outcome.session,
      fetch: baseFetch,
      random,
      logger,
      emit,
      onEnded: () => {
        if (meeting === active) meeting = null;
      },
      onRefer: (ticket) => void followRefer(outcome.session.info.node, outcome.session.info.displayName, ticket),
      ...(options.maxOutageMs === undefined ? {} : { maxOutageMs: options.maxOutageMs }),
    });
    if (shutdownPromise) {
      // Shut down while the join was in flight: give the seat back at once.
      await active.end('left', sessionEndReasons.left, true, 'Application shut down');
      return { ok: false, error: { code: 'rejected', message: joinMessages.rejected, detail: 'Shutting down' } };
    }
    meeting = active;
    active.start();
    logger.info('joined', { alias, role: outcome.session.info.role });
    return { ok: true, value: outcome.session.info };
  }

  /** Joins where a refer points (transfer, breakout room move); ends the session if that fails. */
  async function followRefer(nodeUrl: string, displayName: string, ticket: ReferTicket): Promise<void> {
    if (shutdownPromise) return;
    const result = await requestJoin({ node: nodeUrl, alias: ticket.alias, displayName, referToken: ticket.token }).catch(
      (error: unknown) => {
        logger.error('refer join threw', { error });
        return null;
      },
    );
    if (result?.ok) return;
    const detail = result && 'detail' in result.error ? result.error.detail : undefined;
    logger.warn('could not follow refer', { detail });
    emit({ type: 'session_ended', code: 'disconnected', reason: joinMessages.rejected });
  }

  async function guardedJoin(parsed: z.output<typeof joinOptionsSchema>): Promise<Result<JoinedInfo, JoinFailure>> {
    if (shutdownPromise) return { ok: false, error: { code: 'rejected', message: joinMessages.rejected, detail: 'Shutting down' } };
    if (meeting || joining) return { ok: false, error: { code: 'already_joined', message: joinMessages.alreadyJoined } };
    joining = true;
    try {
      return await requestJoin(parsed);
    } catch (error) {
      logger.error('join threw', { error });
      return { ok: false, error: { code: 'rejected', message: joinMessages.rejected } };
    } finally {
      joining = false;
    }
  }

  function invalid(issue: string): { ok: false; error: CommandError } {
    return { ok: false, error: commandError('invalid_argument', commandMessages.invalidArgument, issue) };
  }

  /** Wraps an in-meeting command: argument validation, the joined check, and a no-throw guard. */
  function inMeeting<K extends Exclude<CommandName, 'join' | 'getSnapshot'>>(
    name: K,
    run: (active: ActiveMeeting, context: CommandContext, arg: ParsedArgument<K>) => Promise<CommandResult<K>>,
  ): BridgeHandlers[K] {
    // TypeScript cannot correlate K across BridgeHandlers' union of signatures; the cast restores it.
    const handler = async (rawArg: unknown): Promise<CommandResult<K>> => {
      const parsed = parseCommandArgument(name, rawArg);
      if (!parsed.ok) return invalid(parsed.issue);
      const active = meeting;
      if (!active || active.isEnded) return { ok: false, error: commandError('not_joined', commandMessages.notJoined) };
      try {
        return await run(active, active.commandContext, parsed.value);
      } catch (error) {
        logger.error(`${name} threw`, { error });
        return { ok: false, error: commandError('failed', commandMessages.failed) };
      }
    };
    return handler as unknown as BridgeHandlers[K];
  }

  function requireCall(active: ActiveMeeting): { ok: true; value: string } | { ok: false; error: CommandError } {
    return active.callUuid === null
      ? { ok: false, error: commandError('not_found', commandMessages.noCall) }
      : { ok: true, value: active.callUuid };
  }

  const kiosk = createKioskSlot(emit, logger);
  const handlers: BridgeHandlers = {
    join: async (rawArg: JoinRequest) => {
      const parsed = parseCommandArgument('join', rawArg);
      if (!parsed.ok) return { ok: false, error: { code: 'rejected', message: joinMessages.invalidRequest, detail: parsed.issue } };
      const result = await guardedJoin(parsed.value);
      return result.ok ? result : { ok: false, error: asJoinError(result.error) };
    },

    leave: inMeeting('leave', async (active, _context, arg) => {
      const reason = arg.reason?.trim() || defaultLeaveReason;
      await active.end('left', sessionEndReasons.left, true, reason);
      return { ok: true, value: null };
    }),

    getSnapshot: async (rawArg: null) => {
      const parsed = parseCommandArgument('getSnapshot', rawArg);
      if (!parsed.ok) return invalid(parsed.issue);
      const active = meeting;
      return { ok: true, value: active && !active.isEnded ? active.state.snapshot() : null };
    },

    startCall: inMeeting('startCall', async (active, context, arg) => {
      const result = await startCall(context, arg);
      if (result.ok) active.callUuid = result.value.callUuid;
      return result;
    }),

    ackCall: inMeeting('ackCall', async (active, context) => {
      const call = requireCall(active);
      return call.ok ? ackCall(context, call.value) : call;
    }),

    updateCall: inMeeting('updateCall', async (active, context, arg) => {
      const call = requireCall(active);
      return call.ok ? updateCall(context, call.value, arg.sdp) : call;
    }),

    sendCandidate: inMeeting('sendCandidate', async (active, context, arg) => {
      const call = requireCall(active);
      return call.ok ? sendCandidate(context, call.value, arg) : call;
    }),

    disconnectCall: inMeeting('disconnectCall', async (active, context) => {
      const call = requireCall(active);
      if (!call.ok) return call;
      const result = await hangUpCall(context, call.value);
      // Whatever the node said, this call is over for the renderer.
      if (active.callUuid === call.value) active.callUuid = null;
      return result;
    }),

    sendMessage: inMeeting('sendMessage', async (active, context, arg) => {
      const result = await sendConferenceMessage(context, arg.text);
      if (result.ok) {
        const { info } = active.state;
        active.state.recordChat({
          origin: info.displayName,
          senderUuid: info.participantUuid,
          type: 'text/plain',
          payload: arg.text,
          direct: false,
          receivedAt: preciseNow(),
        });
      }
      return result;
    }),

    setClientMute: inMeeting('setClientMute', (_active, context, arg) => setClientMute(context, arg.muted)),
    ...createMeetingControlsHandlers(() => meeting, logger),
    ...createPresentationHandlers(() => meeting, logger, options.screenShare ?? null),
    ...kiosk.handlers,
  };

  const operations = createMeetingOperations((): MeetingHandle | null => {
    const active = meeting;
    if (!active || active.isEnded) return null;
    return {
      context: active.commandContext,
      get callUuid() {
        return active.callUuid;
      },
      set callUuid(value) {
        active.callUuid = value;
      },
      get presentationFrameId() {
        return active.state.latestPresentationFrameId;
      },
      refreshToken: async () => {
        const refreshed = await active.refreshToken();
        return refreshed.ok
          ? { ok: true, value: { expiresSeconds: refreshed.expiresSeconds } }
          : { ok: false, error: operationError('failed', commandMessages.failed, refreshed.detail) };
      },
      release: (reason) => active.end('left', sessionEndReasons.left, true, reason),
    };
  }, logger);

  return {
    handlers,
    kiosk,
    operations,
    async joinWith(options) {
      const parsed = joinOptionsSchema.safeParse(options);
      if (!parsed.success) {
        const issue = parsed.error.issues.map((i) => `${i.path.join('.') || '(argument)'}: ${i.message}`).join('; ');
        return { ok: false, error: { code: 'rejected', message: joinMessages.invalidRequest, detail: issue } };
      }
      return guardedJoin(parsed.data);
    },
    state() {
      const active = meeting;
      return active && !active.isEnded ? active.state.fullSnapshot() : null;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    shutdown(reason) {
      shutdownPromise ??= (async () => {
        const active = meeting;
        if (active) await active.end('left', sessionEndReasons.left, true, reason);
      })();
      return shutdownPromise;
    },
    get joined() {
      return meeting !== null && !meeting.isEnded;
    },
  };
}
