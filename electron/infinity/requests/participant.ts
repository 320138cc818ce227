// Participant functions of the client API: requests on one participant (participants/<uuid>/...),
// in the main room or, for hosts, a breakout room. Each returns a typed Result, never throws.
import {
  allowrxpresentationParticipant,
  breakoutBuzzParticipant,
  breakoutCallsWebrtcParticipant,
  breakoutClearbuzzParticipant,
  breakoutClientMuteParticipant,
  breakoutClientUnmuteParticipant,
  breakoutDisconnectParticipant,
  breakoutDtmfParticipant,
  breakoutHideLiveCaptions,
  breakoutMuteParticipant,
  breakoutOverlaytextParticipant,
  breakoutReleaseFloor,
  breakoutShowLiveCaptions,
  breakoutSpotlightoffParticipant,
  breakoutSpotlightonParticipant,
  breakoutTakeFloor,
  breakoutTransferParticipant,
  breakoutUnlockParticipant,
  breakoutUnmuteParticipant,
  breakoutVideoMuteParticipant,
  breakoutVideoUnmuteParticipant,
  buzzParticipant,
  callsWebrtcParticipant,
  clearbuzzParticipant,
  clientMuteParticipant,
  clientUnmuteParticipant,
  denyrxpresentationParticipant,
  disconnectParticipant,
  dtmfParticipant,
  hideLiveCaptions as hideLiveCaptionsRequest,
  messageParticipant,
  muteParticipant,
  overlaytextParticipant,
  presInMixParticipant,
  preferredAspectRatio as preferredAspectRatioRequest,
  releaseFloor as releaseFloorRequest,
  roleParticipant,
  showLiveCaptions as showLiveCaptionsRequest,
  spotlightoffParticipant,
  spotlightonParticipant,
  takeFloor as takeFloorRequest,
  transferParticipant,
  unlockParticipant,
  unmuteParticipant,
  videoMuteParticipant,
  videoUnmuteParticipant,
} from '@pexip/infinity-api';
import { z } from 'zod';
import {
  acceptDone,
  acceptResult,
  checkedBody,
  fetchBytes,
  runOperation,
  type ImageBytes,
  type LibrarySend,
  type OperationContext,
  type OperationResult,
} from './operationRequest';
import {
  aspectRatioBody,
  callsBody,
  feccBody,
  layoutGroupBody,
  receiveFromAudioMixBody,
  sendToAudioMixesBody,
  statisticsBody,
  type AudioMix,
  type FeccRequest,
  type MediaTypeRequest,
  type StatisticsReport,
} from './requestBodies';
import { attestationResult, callsResult, type CallAnswer } from './responseResults';
import { chooseRequest, participantPath, type ParticipantArg } from './requestChoice';

type Ctx = OperationContext;

/** The library's shape for a request on one participant (with or without a body). */
type MainFn<B> = (args: {
  fetcher: typeof fetch;
  init?: RequestInit;
  host: string;
  params: { conferenceAlias: string; participantUuid: string };
  body: B;
}) => Promise<{ status: number; data: unknown }>;
type BreakoutFn<B> = (args: {
  fetcher: typeof fetch;
  init?: RequestInit;
  host: string;
  params: { conferenceAlias: string; breakoutUuid: string; participantUuid: string };
  body: B;
}) => Promise<{ status: number; data: unknown }>;

// Body-less library functions ignore the `body` they are handed; typing them as taking one lets
// one helper serve both kinds.
function library<B>(ctx: Ctx, arg: ParticipantArg, body: B, mainFn?: MainFn<B>, breakoutFn?: BreakoutFn<B>) {
  const mainSend: LibrarySend | undefined = mainFn
    ? (fetcher, init) => mainFn({ fetcher, init, host: ctx.host, params: { conferenceAlias: ctx.alias, participantUuid: arg.participantUuid }, body })
    : undefined;
  const breakoutSend = breakoutFn
    ? (breakoutUuid: string): LibrarySend =>
        (fetcher, init) =>
          breakoutFn({ fetcher, init, host: ctx.host, params: { conferenceAlias: ctx.alias, breakoutUuid, participantUuid: arg.participantUuid }, body })
    : undefined;
  return { ...(mainSend ? { main: mainSend } : {}), ...(breakoutSend ? { breakout: breakoutSend } : {}) };
}

/** A POST on one participant that answers "true if successful"; `body` undefined sends none. */
function actWith<B>(
  ctx: Ctx,
  arg: ParticipantArg,
  action: string,
  body: B,
  mainFn?: MainFn<B>,
  breakoutFn?: BreakoutFn<B>,
): Promise<OperationResult<null>> {
  const path = participantPath(arg, action);
  const raw = body === undefined ? { method: 'POST' as const, path } : { method: 'POST' as const, path, body };
  return runOperation(ctx, action, chooseRequest(arg, raw, library(ctx, arg, body, mainFn, breakoutFn)), acceptDone);
}

function act(ctx: Ctx, arg: ParticipantArg, action: string, mainFn?: MainFn<undefined>, breakoutFn?: BreakoutFn<undefined>) {
  return actWith(ctx, arg, action, undefined, mainFn, breakoutFn);
}

/** A raw POST (the package lacks the request) whose body is first checked against the document. */
function actChecked<S>(ctx: Ctx, arg: ParticipantArg, action: string, schema: z.ZodType<S>, body: unknown): Promise<OperationResult<null>> {
  const checked = checkedBody(schema, body);
  if (!checked.ok) return Promise.resolve(checked);
  return runOperation(ctx, action, { raw: { method: 'POST', path: participantPath(arg, action), body: checked.value } }, acceptDone);
}

export interface StartCallRequest extends ParticipantArg {
  sdp?: string;
  mediaType?: MediaTypeRequest;
  fecSupported?: boolean;
  /** "main": receive presentation in place of main video (the SDP then has audio and video only). */
  present?: string;
}

export const participantFunctions = {
  disconnect: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'disconnect', disconnectParticipant, breakoutDisconnectParticipant),
  mute: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'mute', muteParticipant, breakoutMuteParticipant),
  unmute: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'unmute', unmuteParticipant, breakoutUnmuteParticipant),
  videoMute: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'video_muted', videoMuteParticipant, breakoutVideoMuteParticipant),
  videoUnmute: (ctx: Ctx, arg: ParticipantArg) =>
    act(ctx, arg, 'video_unmuted', videoUnmuteParticipant, breakoutVideoUnmuteParticipant),
  clientMute: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'client_mute', clientMuteParticipant, breakoutClientMuteParticipant),
  clientUnmute: (ctx: Ctx, arg: ParticipantArg) =>
    act(ctx, arg, 'client_unmute', clientUnmuteParticipant, breakoutClientUnmuteParticipant),
  allowRxPresentation: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'allowrxpresentation', allowrxpresentationParticipant),
  denyRxPresentation: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'denyrxpresentation', denyrxpresentationParticipant),
  spotlightOn: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'spotlighton', spotlightonParticipant, breakoutSpotlightonParticipant),
  spotlightOff: (ctx: Ctx, arg: ParticipantArg) =>
    act(ctx, arg, 'spotlightoff', spotlightoffParticipant, breakoutSpotlightoffParticipant),
  /** Lets a participant in from the waiting room of a locked conference. */
  admit: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'unlock', unlockParticipant, breakoutUnlockParticipant),
  dtmf: (ctx: Ctx, arg: ParticipantArg & { digits: string }) =>
    actWith(ctx, arg, 'dtmf', { digits: arg.digits }, dtmfParticipant, breakoutDtmfParticipant),
  /** A direct message to this participant (the package has no breakout variant: raw there). */
  message: (ctx: Ctx, arg: ParticipantArg & { payload: string; type?: 'text/plain' | 'application/json' }) =>
    actWith(ctx, arg, 'message', { type: arg.type ?? 'text/plain', payload: arg.payload }, messageParticipant),

  /** Upgrades the connection with a WebRTC call (POST calls); the answer carries the node's SDP. */
  async calls(ctx: Ctx, arg: StartCallRequest): Promise<OperationResult<CallAnswer>> {
    const body = checkedBody(callsBody, {
      call_type: 'WEBRTC',
      ...(arg.sdp === undefined ? {} : { sdp: arg.sdp }),
      ...(arg.mediaType === undefined ? {} : { media_type: arg.mediaType }),
      ...(arg.fecSupported === undefined ? {} : { fec_supported: arg.fecSupported }),
      ...(arg.present === undefined ? {} : { present: arg.present }),
    });
    if (!body.ok) return body;
    const raw = { method: 'POST' as const, path: participantPath(arg, 'calls'), body: body.value };
    const { present, sdp = '', media_type: mediaType, fec_supported: fecSupported } = body.value;
    const webrtc = { call_type: 'WEBRTC' as const, sdp, ...(mediaType ? { media_type: mediaType } : {}), ...(fecSupported === undefined ? {} : { fec_supported: fecSupported }) };
    // The package's `present` only knows "send"/"receive"; the document's "main" goes raw.
    const choice = present !== undefined ? {} : library(ctx, arg, webrtc, callsWebrtcParticipant, breakoutCallsWebrtcParticipant);
    return runOperation(ctx, 'calls', chooseRequest(arg, raw, choice), acceptResult(callsResult));
  },

  showLiveCaptions: (ctx: Ctx, arg: ParticipantArg) =>
    act(ctx, arg, 'show_live_captions', showLiveCaptionsRequest, breakoutShowLiveCaptions),
  hideLiveCaptions: (ctx: Ctx, arg: ParticipantArg) =>
    act(ctx, arg, 'hide_live_captions', hideLiveCaptionsRequest, breakoutHideLiveCaptions),
  overlayText: (ctx: Ctx, arg: ParticipantArg & { text: string }) =>
    actWith(ctx, arg, 'overlaytext', { text: arg.text }, overlaytextParticipant, breakoutOverlaytextParticipant),
  presInMix: (ctx: Ctx, arg: ParticipantArg & { state: boolean }) => actWith(ctx, arg, 'pres_in_mix', { state: arg.state }, presInMixParticipant),
  /** "chair" makes the participant a Host, "guest" a Guest. */
  setRole: (ctx: Ctx, arg: ParticipantArg & { role: 'chair' | 'guest' }) => actWith(ctx, arg, 'role', { role: arg.role }, roleParticipant),

  /** A JWT asserting the caller's role (only for oneself). The package has no get_attestation: raw. */
  getAttestation: (ctx: Ctx, arg: ParticipantArg): Promise<OperationResult<string>> =>
    runOperation(ctx, 'get_attestation', { raw: { method: 'GET', path: participantPath(arg, 'get_attestation') } }, acceptResult(attestationResult)),

  // Raw: the package requires a `target` field the API document does not list for this request.
  fecc: (ctx: Ctx, arg: ParticipantArg & FeccRequest) => {
    const { participantUuid: _p, breakoutUuid: _b, ...request } = arg;
    return actChecked(ctx, arg, 'fecc', feccBody, request);
  },
  buzz: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'buzz', buzzParticipant, breakoutBuzzParticipant),
  clearBuzz: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'clearbuzz', clearbuzzParticipant, breakoutClearbuzzParticipant),
  transfer: (ctx: Ctx, arg: ParticipantArg & { conferenceAlias: string; role: 'host' | 'guest'; pin?: string }) =>
    actWith(
      ctx,
      arg,
      'transfer',
      { conference_alias: arg.conferenceAlias, role: arg.role, ...(arg.pin === undefined ? {} : { pin: arg.pin }) },
      transferParticipant,
      breakoutTransferParticipant,
    ),
  /** Any answer but 200 means the floor was denied (the error says why). */
  takeFloor: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'take_floor', takeFloorRequest, breakoutTakeFloor),
  releaseFloor: (ctx: Ctx, arg: ParticipantArg) => act(ctx, arg, 'release_floor', releaseFloorRequest, breakoutReleaseFloor),

  /** The participant's picture. Raw: the package's avatar.jpg has no success case (it throws on 200). */
  avatar: (ctx: Ctx, arg: ParticipantArg): Promise<OperationResult<ImageBytes>> =>
    fetchBytes(ctx, 'avatar.jpg', { method: 'GET', path: participantPath(arg, 'avatar.jpg') }),

  // Raw from here on: the package has statistics only per call, and no layout_group or ducking requests.
  statistics: (ctx: Ctx, arg: ParticipantArg & { report: StatisticsReport }) =>
    actChecked(ctx, arg, 'statistics', statisticsBody, arg.report),
  preferredAspectRatio: (ctx: Ctx, arg: ParticipantArg & { aspectRatio: number }) => {
    const body = { aspect_ratio: arg.aspectRatio };
    const checked = checkedBody(aspectRatioBody, body);
    if (!checked.ok) return Promise.resolve(checked);
    return actWith(ctx, arg, 'preferred_aspect_ratio', body, preferredAspectRatioRequest);
  },
  layoutGroup: (ctx: Ctx, arg: ParticipantArg & { layoutGroup: string }) =>
    actChecked(ctx, arg, 'layout_group', layoutGroupBody, { layout_group: arg.layoutGroup }),
  sendToAudioMixes: (ctx: Ctx, arg: ParticipantArg & { mixes: AudioMix[] }) =>
    actChecked(ctx, arg, 'send_to_audio_mixes', sendToAudioMixesBody, { mixes: arg.mixes }),
  /** `null` receives no audio at all. */
  receiveFromAudioMix: (ctx: Ctx, arg: ParticipantArg & { mixName: string | null }) =>
    actChecked(ctx, arg, 'receive_from_audio_mix', receiveFromAudioMixBody, { mix_name: arg.mixName }),
};
