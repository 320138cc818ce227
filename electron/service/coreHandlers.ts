// The core's own bridge commands: join, leave, the snapshot, media call signalling, chat and
// client mute. Each area's commands (controls, presentation, kiosk...) live in their own files.
import type { BridgeHandlers, CommandError, IceCandidatePayload, JoinError, JoinRequest } from '../shared/bridge';
import {
  type ActiveMeeting,
  callFunctions,
  commandError,
  conferenceControl,
  type IceCandidate,
  type JoinFailure,
  type JoinFlow,
  joinWords,
  joinWithSso,
  type Logger,
  type MeetingSlot,
  participantFunctions,
  sharedClockNow,
  requestWords,
  sessionEndWords,
  type SsoSignIn,
} from '../infinity';
import { parseCommandArgument } from './commandArguments';
import { always, createCommandGuard } from './commandGuard';
import { createInMeetingCommand } from './inMeetingCommand';
import { createEarlyCalls, earlyCallFits } from './earlyCall';

type CoreHandlers = Pick<
  BridgeHandlers,
  'join' | 'joinWithSso' | 'leave' | 'getSnapshot' | 'startCall' | 'ackCall' | 'updateCall' | 'sendCandidate' | 'disconnectCall' | 'sendMessage' | 'setClientMute'
>;

const defaultLeaveReason = 'User initiated disconnect';

/** The bridge's join knows no SSO redirect: it is reported as "sign in with this provider". */
function asJoinError(error: JoinFailure): JoinError {
  if (error.code !== 'sso_redirect') return error;
  return { code: 'sso_required', message: error.message, identityProviders: [error.identityProvider] };
}

/** The node wants `mid` on every candidate, and ufrag/pwd only when the browser has them. */
function candidateOf(payload: IceCandidatePayload): IceCandidate {
  return {
    candidate: payload.candidate,
    mid: payload.sdpMid ?? '0',
    ...(payload.usernameFragment === null ? {} : { ufrag: payload.usernameFragment }),
    ...(payload.pwd === null ? {} : { pwd: payload.pwd }),
  };
}

/** The call in progress and whose it is (oneself, or one's control participant in a breakout room). */
function requireCall(
  active: ActiveMeeting,
): { ok: true; value: { participantUuid: string; breakoutUuid?: string; callUuid: string } } | { ok: false; error: CommandError } {
  if (active.callUuid === null) return { ok: false, error: commandError('not_found', requestWords.noCall) };
  const target = active.callTarget ?? { participantUuid: active.commandContext.participantUuid };
  return { ok: true, value: { ...target, callUuid: active.callUuid } };
}

export function createCoreHandlers(slot: MeetingSlot, joinFlow: JoinFlow, logger: Logger, ssoSignIn: SsoSignIn | null = null): CoreHandlers {
  const inMeeting = createInMeetingCommand(() => slot.current, logger);
  const anyTime = createCommandGuard({ target: always(() => slot.joined()), logger });
  const earlyCalls = createEarlyCalls();

  return {
    join: async (rawArg: JoinRequest) => {
      const parsed = parseCommandArgument('join', rawArg);
      if (!parsed.ok) return { ok: false, error: { code: 'rejected', ...joinWords('invalidRequest'), detail: parsed.issue } };
      const { offer, ...options } = parsed.value;
      const result = await joinFlow.join(options);
      if (!result.ok) return { ok: false, error: asJoinError(result.error) };
      const active = slot.current;
      if (offer && active && !active.isEnded && earlyCallFits(result.value, offer)) earlyCalls.start(active, offer);
      return result;
    },

    joinWithSso: async (rawArg) => {
      const parsed = parseCommandArgument('joinWithSso', rawArg);
      if (!parsed.ok) return { ok: false, error: { code: 'rejected', ...joinWords('invalidRequest'), detail: parsed.issue } };
      const { identityProvider, ...options } = parsed.value;
      return joinWithSso(joinFlow, ssoSignIn, options, identityProvider);
    },

    leave: inMeeting('leave', async (active, _context, arg) => {
      const reason = arg.reason?.trim() || defaultLeaveReason;
      await active.end('left', sessionEndWords.left, true, reason);
      return { ok: true, value: null };
    }),

    getSnapshot: anyTime('getSnapshot', async (active) => ({ ok: true, value: active ? active.state.snapshot() : null })),

    startCall: inMeeting('startCall', async (active, context, arg) => {
      // After a host's breakout_refer the call is made in that room, as their control participant there.
      const target = active.state.mediaTarget();
      const result =
        (await earlyCalls.claim(active, arg, target)) ?? (await participantFunctions.calls(context, { ...target, sdp: arg.sdp, mediaType: arg.mediaType }));
      if (!result.ok) return result;
      active.callUuid = result.value.call_uuid;
      active.callTarget = target;
      return { ok: true, value: { callUuid: result.value.call_uuid, sdp: result.value.sdp } };
    }),

    ackCall: inMeeting('ackCall', async (active, context) => {
      const call = requireCall(active);
      return call.ok ? callFunctions.ack(context, call.value) : call;
    }),

    updateCall: inMeeting('updateCall', async (active, context, arg) => {
      const call = requireCall(active);
      return call.ok ? callFunctions.update(context, { ...call.value, sdp: arg.sdp }) : call;
    }),

    sendCandidate: inMeeting('sendCandidate', async (active, context, arg) => {
      const call = requireCall(active);
      if (!call.ok) return call;
      return callFunctions.newCandidate(context, { ...call.value, ...candidateOf(arg) });
    }),

    disconnectCall: inMeeting('disconnectCall', async (active, context) => {
      const call = requireCall(active);
      if (!call.ok) return call;
      const result = await callFunctions.disconnect(context, call.value);
      // Whatever the node said, this call is over for the renderer.
      if (active.callUuid === call.value.callUuid) {
        active.callUuid = null;
        active.callTarget = null;
      }
      return result;
    }),

    sendMessage: inMeeting('sendMessage', async (active, context, arg) => {
      const result = await conferenceControl.sendMessage(context, { payload: arg.text, type: 'text/plain' });
      if (result.ok) active.state.recordSentChat({ type: 'text/plain', payload: arg.text, direct: false }, sharedClockNow());
      return result;
    }),

    setClientMute: inMeeting('setClientMute', (_active, context, arg) => {
      const self = { participantUuid: context.participantUuid };
      return arg.muted ? participantFunctions.clientMute(context, self) : participantFunctions.clientUnmute(context, self);
    }),
  };
}
