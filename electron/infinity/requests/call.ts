// Call functions of the client API (participants/<uuid>/calls/<call uuid>/...): ack, disconnect,
// dtmf, new_candidate, update and fecc, for the participant's own call in the main room or, after
// breakout_refer, in a breakout room (as their control participant there).
import {
  ack as ackRequest,
  breakoutAck,
  breakoutDisconnectCall,
  breakoutNewCandidate,
  breakoutUpdate,
  disconnectCall,
  dtmf as dtmfRequest,
  fecc as feccRequest,
  newCandidate as newCandidateRequest,
  update as updateRequest,
} from '@pexip/infinity-api';
import { acceptDone, acceptResult, checkedBody, runOperation, segment, type OperationContext, type OperationResult, type RawRequest } from './operationRequest';
import { feccBody, newCandidateBody, type FeccRequest } from './requestBodies';
import { updateResult } from './responseResults';
import { chooseRequest, participantPath, type ParticipantArg } from './requestChoice';

type Ctx = OperationContext;

/** One call of one participant. */
export interface CallArg extends ParticipantArg {
  callUuid: string;
}

function callPost(arg: CallArg, action: string, body?: unknown): RawRequest {
  const path = participantPath(arg, `calls/${segment(arg.callUuid)}/${action}`);
  return body === undefined ? { method: 'POST', path } : { method: 'POST', path, body };
}

const params = (ctx: Ctx, arg: CallArg) => ({ conferenceAlias: ctx.alias, participantUuid: arg.participantUuid, callUuid: arg.callUuid });

export interface IceCandidate {
  candidate: string;
  mid: string;
  ufrag?: string;
  pwd?: string;
}

export const callFunctions = {
  /** Starts media; direct media answers a new_offer by acking with the local SDP. */
  ack(ctx: Ctx, arg: CallArg & { sdp?: string }): Promise<OperationResult<null>> {
    const body = arg.sdp === undefined ? {} : { sdp: arg.sdp };
    return runOperation(
      ctx,
      'ack',
      chooseRequest(arg, callPost(arg, 'ack', body), {
        main: (fetcher, init) => ackRequest({ fetcher, init, host: ctx.host, params: params(ctx, arg), body }),
        breakout: (breakoutUuid) => (fetcher, init) =>
          breakoutAck({ fetcher, init, host: ctx.host, params: { ...params(ctx, arg), breakoutUuid }, body }),
      }),
      acceptDone,
    );
  },

  disconnect: (ctx: Ctx, arg: CallArg): Promise<OperationResult<null>> =>
    runOperation(
      ctx,
      'call disconnect',
      chooseRequest(arg, callPost(arg, 'disconnect'), {
        main: (fetcher, init) => disconnectCall({ fetcher, init, host: ctx.host, params: params(ctx, arg) }),
        breakout: (breakoutUuid) => (fetcher, init) =>
          breakoutDisconnectCall({ fetcher, init, host: ctx.host, params: { ...params(ctx, arg), breakoutUuid } }),
      }),
      acceptDone,
    ),

  /** DTMF to the far end of a gateway call. */
  dtmf: (ctx: Ctx, arg: CallArg & { digits: string }): Promise<OperationResult<null>> => {
    const body = { digits: arg.digits };
    return runOperation(
      ctx,
      'call dtmf',
      chooseRequest(arg, callPost(arg, 'dtmf', body), {
        main: (fetcher, init) => dtmfRequest({ fetcher, init, host: ctx.host, params: params(ctx, arg), body }),
      }),
      acceptDone,
    );
  },

  newCandidate(ctx: Ctx, arg: CallArg & IceCandidate): Promise<OperationResult<null>> {
    const checked = checkedBody(newCandidateBody, {
      candidate: arg.candidate,
      mid: arg.mid,
      ...(arg.ufrag === undefined ? {} : { ufrag: arg.ufrag }),
      ...(arg.pwd === undefined ? {} : { pwd: arg.pwd }),
    });
    if (!checked.ok) return Promise.resolve(checked);
    const body = checked.value;
    return runOperation(
      ctx,
      'new_candidate',
      chooseRequest(arg, callPost(arg, 'new_candidate', body), {
        main: (fetcher, init) => newCandidateRequest({ fetcher, init, host: ctx.host, params: params(ctx, arg), body }),
        breakout: (breakoutUuid) => (fetcher, init) =>
          breakoutNewCandidate({ fetcher, init, host: ctx.host, params: { ...params(ctx, arg), breakoutUuid }, body }),
      }),
      acceptDone,
    );
  },

  /** Sends a new SDP offer; answers the node's SDP (given as a string or inside {call_uuid, sdp}). */
  async update(ctx: Ctx, arg: CallArg & { sdp: string; fecSupported?: boolean }): Promise<OperationResult<{ sdp: string }>> {
    const body = { sdp: arg.sdp, ...(arg.fecSupported === undefined ? {} : { fec_supported: arg.fecSupported }) };
    const result = await runOperation(
      ctx,
      'update',
      chooseRequest(arg, callPost(arg, 'update', body), {
        main: (fetcher, init) => updateRequest({ fetcher, init, host: ctx.host, params: params(ctx, arg), body }),
        breakout: (breakoutUuid) => (fetcher, init) =>
          breakoutUpdate({ fetcher, init, host: ctx.host, params: { ...params(ctx, arg), breakoutUuid }, body }),
      }),
      acceptResult(updateResult),
    );
    return result.ok ? { ok: true, value: { sdp: typeof result.value === 'string' ? result.value : result.value.sdp } } : result;
  },

  /** Far-end camera control over a gateway call. */
  fecc(ctx: Ctx, arg: CallArg & FeccRequest): Promise<OperationResult<null>> {
    const { participantUuid: _p, breakoutUuid: _b, callUuid: _c, ...request } = arg;
    const checked = checkedBody(feccBody, request);
    if (!checked.ok) return Promise.resolve(checked);
    const body = checked.value;
    return runOperation(
      ctx,
      'call fecc',
      chooseRequest(arg, callPost(arg, 'fecc', body), {
        main: (fetcher, init) => feccRequest({ fetcher, init, host: ctx.host, params: params(ctx, arg), body }),
      }),
      acceptDone,
    );
  },
};
