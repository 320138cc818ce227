// Media call signalling relayed for the renderer: calls, ack, update, new_candidate,
// disconnect, and the participant's own client mute.
import {
  ack,
  callsWebrtcParticipant,
  clientMuteParticipant,
  clientUnmuteParticipant,
  disconnectCall,
  newCandidate,
  update,
} from '@pexip/infinity-api';
import type { IceCandidatePayload, MediaType } from '../../shared/bridge';
import { z } from 'zod';
import { acceptSuccess, acceptWith, runCommandRequest, type CommandContext, type CommandResultOf } from './commandRequest';

const callsAnswer = z.object({ result: z.object({ call_uuid: z.string().min(1), sdp: z.string() }) });
// The node answers update with the SDP itself or with {call_uuid, sdp}.
const updateAnswer = z.object({ result: z.union([z.string().min(1), z.object({ sdp: z.string().min(1) })]) });

export function startCall(
  context: CommandContext,
  arg: { sdp: string; mediaType: MediaType },
): Promise<CommandResultOf<{ callUuid: string; sdp: string }>> {
  return runCommandRequest(
    context,
    'calls',
    (fetcher, init) =>
      callsWebrtcParticipant({
        fetcher,
        init,
        params: { conferenceAlias: context.alias, participantUuid: context.participantUuid },
        body: { call_type: 'WEBRTC', sdp: arg.sdp, media_type: arg.mediaType },
        host: context.host,
      }),
    acceptWith(callsAnswer, ({ result }) => ({ callUuid: result.call_uuid, sdp: result.sdp })),
  );
}

function callParams(context: CommandContext, callUuid: string) {
  return { conferenceAlias: context.alias, participantUuid: context.participantUuid, callUuid };
}

export function ackCall(context: CommandContext, callUuid: string): Promise<CommandResultOf<null>> {
  return runCommandRequest(
    context,
    'ack',
    (fetcher, init) => ack({ fetcher, init, params: callParams(context, callUuid), body: {}, host: context.host }),
    acceptSuccess,
  );
}

export function updateCall(
  context: CommandContext,
  callUuid: string,
  sdp: string,
): Promise<CommandResultOf<{ sdp: string }>> {
  return runCommandRequest(
    context,
    'update',
    (fetcher, init) => update({ fetcher, init, params: callParams(context, callUuid), body: { sdp }, host: context.host }),
    acceptWith(updateAnswer, ({ result }) => ({ sdp: typeof result === 'string' ? result : result.sdp })),
  );
}

export function sendCandidate(
  context: CommandContext,
  callUuid: string,
  payload: IceCandidatePayload,
): Promise<CommandResultOf<null>> {
  const body: { candidate: string; mid: string; ufrag?: string; pwd?: string } = {
    candidate: payload.candidate,
    mid: payload.sdpMid ?? '0',
  };
  if (payload.usernameFragment !== null) body.ufrag = payload.usernameFragment;
  if (payload.pwd !== null) body.pwd = payload.pwd;
  return runCommandRequest(
    context,
    'new_candidate',
    (fetcher, init) => newCandidate({ fetcher, init, params: callParams(context, callUuid), body, host: context.host }),
    acceptSuccess,
  );
}

export function hangUpCall(context: CommandContext, callUuid: string): Promise<CommandResultOf<null>> {
  return runCommandRequest(
    context,
    'disconnect_call',
    (fetcher, init) => disconnectCall({ fetcher, init, params: callParams(context, callUuid), host: context.host }),
    acceptSuccess,
  );
}

export function setClientMute(context: CommandContext, muted: boolean): Promise<CommandResultOf<null>> {
  const params = { conferenceAlias: context.alias, participantUuid: context.participantUuid };
  return runCommandRequest(
    context,
    muted ? 'client_mute' : 'client_unmute',
    (fetcher, init) =>
      muted
        ? clientMuteParticipant({ fetcher, init, params, host: context.host })
        : clientUnmuteParticipant({ fetcher, init, params, host: context.host }),
    acceptSuccess,
  );
}
