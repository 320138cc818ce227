// Conference control functions of the client API (the API document's grouping), in the main room
// or, for hosts, a breakout room (`breakoutUuid`). Each returns a typed Result, never throws.
import {
  availableLayouts as availableLayoutsRequest,
  breakoutClearAllBuzz,
  breakoutLock,
  breakoutMessageConference,
  breakoutMuteguests,
  breakoutUnlock,
  breakoutUnmuteguests,
  breakoutVideoMixesConfigure,
  breakoutVideoMixesCreate,
  breakoutVideoMixesDelete,
  clearAllBuzz as clearAllBuzzRequest,
  conferenceStatus as conferenceStatusRequest,
  dial as dialRequest,
  disconnect as disconnectRequest,
  layoutSvgs as layoutSvgsRequest,
  lock as lockRequest,
  messageConference,
  muteguests,
  participants as participantsRequest,
  setGuestsCanUnmute as setGuestsCanUnmuteRequest,
  silentVideoDetection as silentVideoDetectionRequest,
  startConference as startConferenceRequest,
  unlock as unlockRequest,
  unmuteguests,
  videoMixesConfigure,
  videoMixesCreate,
  videoMixesDelete,
} from '@pexip/infinity-api';
import type { ZodType } from 'zod';
import type { ConferenceStatus, Participant } from '../../shared/meeting';
import { toConferenceStatus } from '../events/conferenceMapping';
import { toParticipant } from '../events/participantMapping';
import type { WireConferenceDetails, WireParticipantDetails } from '../events/serverEventSchemas';
import {
  acceptDone,
  acceptResult,
  checkedBody,
  fetchBytes,
  runOperation,
  segment,
  type ImageBytes,
  type OperationContext,
  type OperationResult,
} from './operationRequest';
import {
  booleanSettingBody,
  classificationLevelBody,
  dialBody,
  guestsCanSeeGuestsBody,
  messageTextBody,
  pinningConfigBody,
  transformLayoutBody,
  type DialRequest,
  type GuestsCanSeeGuests,
  type SilentVideoDetectionConfig,
  type Transforms,
} from './requestBodies';
import {
  availableLayoutsResult,
  availablePinningConfigsResult,
  classificationResult,
  conferenceStatusResult,
  dialResult,
  layoutSvgsResult,
  messageTextResult,
  participantsResult,
  pinningConfigResult,
  themeResult,
  type AvailableLayout,
  type ClassificationLevels,
  type MessageText,
  type PinningConfig,
  type ThemeScreens,
} from './responseResults';
import { chooseRequest, roomGet, roomPost, type RoomArg } from './requestChoice';

type Ctx = OperationContext;

const main = (ctx: Ctx) => ({ fetcher: ctx.fetch, host: ctx.host, params: { conferenceAlias: ctx.alias } });

/** Runs a request that answers "true if successful", after validating a raw body. */
async function postChecked<S>(ctx: Ctx, name: string, room: RoomArg, path: string, schema: ZodType<S>, body: unknown): Promise<OperationResult<null>> {
  const checked = checkedBody(schema, body);
  if (!checked.ok) return checked;
  return runOperation(ctx, name, { raw: roomPost(room, path, checked.value) }, acceptDone);
}

/** A body-less POST that answers "true if successful". */
function postSimple(ctx: Ctx, name: string, room: RoomArg, library: Parameters<typeof chooseRequest>[2] = {}): Promise<OperationResult<null>> {
  return runOperation(ctx, name, chooseRequest(room, roomPost(room, name), library), acceptDone);
}

export interface ConferenceStatusAnswer {
  status: ConferenceStatus;
  details: WireConferenceDetails;
}

export interface ParticipantListEntry {
  participant: Participant;
  details: WireParticipantDetails;
}

export const conferenceControl = {
  /** Dials out; the answer lists the new participants' uuids ("connecting" until answered). */
  async dial(ctx: Ctx, arg: DialRequest & RoomArg): Promise<OperationResult<string[]>> {
    const { breakoutUuid, ...request } = arg;
    const room = breakoutUuid === undefined ? {} : { breakoutUuid };
    const body = checkedBody(dialBody, request);
    if (!body.ok) return body;
    return runOperation(
      ctx,
      'dial',
      chooseRequest(room, roomPost(room, 'dial', body.value), {
        main: (fetcher, init) => dialRequest({ ...main(ctx), fetcher, init, body: body.value }),
      }),
      acceptResult(dialResult),
    );
  },

  async conferenceStatus(ctx: Ctx, room: RoomArg = {}): Promise<OperationResult<ConferenceStatusAnswer>> {
    // The package validates underscore keys; the API document's example uses hyphens. The
    // runner falls back to the raw body, which conferenceStatusResult reads either way.
    const result = await runOperation(
      ctx,
      'conference_status',
      chooseRequest(room, roomGet(room, 'conference_status'), {
        main: (fetcher, init) => conferenceStatusRequest({ ...main(ctx), fetcher, init }),
      }),
      acceptResult(conferenceStatusResult),
    );
    return result.ok ? { ok: true, value: { status: toConferenceStatus(result.value, null), details: result.value } } : result;
  },

  lock: (ctx: Ctx, room: RoomArg = {}) =>
    postSimple(ctx, 'lock', room, {
      main: (fetcher, init) => lockRequest({ ...main(ctx), fetcher, init }),
      breakout: (breakoutUuid) => (fetcher, init) => breakoutLock({ ...main(ctx), fetcher, init, params: { conferenceAlias: ctx.alias, breakoutUuid } }),
    }),

  unlock: (ctx: Ctx, room: RoomArg = {}) =>
    postSimple(ctx, 'unlock', room, {
      main: (fetcher, init) => unlockRequest({ ...main(ctx), fetcher, init }),
      breakout: (breakoutUuid) => (fetcher, init) => breakoutUnlock({ ...main(ctx), fetcher, init, params: { conferenceAlias: ctx.alias, breakoutUuid } }),
    }),

  startConference: (ctx: Ctx, room: RoomArg = {}) =>
    postSimple(ctx, 'start_conference', room, { main: (fetcher, init) => startConferenceRequest({ ...main(ctx), fetcher, init }) }),

  muteGuests: (ctx: Ctx, room: RoomArg = {}) =>
    postSimple(ctx, 'muteguests', room, {
      main: (fetcher, init) => muteguests({ ...main(ctx), fetcher, init }),
      breakout: (breakoutUuid) => (fetcher, init) => breakoutMuteguests({ ...main(ctx), fetcher, init, params: { conferenceAlias: ctx.alias, breakoutUuid } }),
    }),

  unmuteGuests: (ctx: Ctx, room: RoomArg = {}) =>
    postSimple(ctx, 'unmuteguests', room, {
      main: (fetcher, init) => unmuteguests({ ...main(ctx), fetcher, init }),
      breakout: (breakoutUuid) => (fetcher, init) => breakoutUnmuteguests({ ...main(ctx), fetcher, init, params: { conferenceAlias: ctx.alias, breakoutUuid } }),
    }),

  setGuestsCanUnmute(ctx: Ctx, arg: { setting: boolean } & RoomArg): Promise<OperationResult<null>> {
    const body = { setting: arg.setting };
    return runOperation(
      ctx,
      'set_guests_can_unmute',
      chooseRequest(arg, roomPost(arg, 'set_guests_can_unmute', body), {
        main: (fetcher, init) => setGuestsCanUnmuteRequest({ ...main(ctx), fetcher, init, body }),
      }),
      acceptDone,
    );
  },

  // The package has no set_guests_can_present / set_guests_can_see_guests (new in v38): raw.
  setGuestsCanPresent: (ctx: Ctx, arg: { setting: boolean } & RoomArg) =>
    postChecked(ctx, 'set_guests_can_present', arg, 'set_guests_can_present', booleanSettingBody, { setting: arg.setting }),

  setGuestsCanSeeGuests: (ctx: Ctx, arg: { setting: GuestsCanSeeGuests } & RoomArg) =>
    postChecked(ctx, 'set_guests_can_see_guests', arg, 'set_guests_can_see_guests', guestsCanSeeGuestsBody, { setting: arg.setting }),

  /** Disconnects everyone in the main room, the caller included. */
  disconnectAll: (ctx: Ctx) =>
    postSimple(ctx, 'disconnect', {}, { main: (fetcher, init) => disconnectRequest({ ...main(ctx), fetcher, init }) }),

  sendMessage(ctx: Ctx, arg: { payload: string; type?: 'text/plain' | 'application/json' } & RoomArg): Promise<OperationResult<null>> {
    const body = { type: arg.type ?? 'text/plain', payload: arg.payload } as const;
    return runOperation(
      ctx,
      'message',
      chooseRequest(arg, roomPost(arg, 'message', body), {
        main: (fetcher, init) => messageConference({ ...main(ctx), fetcher, init, body }),
        breakout: (breakoutUuid) => (fetcher, init) =>
          breakoutMessageConference({ ...main(ctx), fetcher, init, params: { conferenceAlias: ctx.alias, breakoutUuid }, body }),
      }),
      acceptDone,
    );
  },

  async participants(ctx: Ctx, room: RoomArg = {}): Promise<OperationResult<ParticipantListEntry[]>> {
    const result = await runOperation(
      ctx,
      'participants',
      chooseRequest(room, roomGet(room, 'participants'), {
        main: (fetcher, init) => participantsRequest({ ...main(ctx), fetcher, init }),
      }),
      acceptResult(participantsResult),
    );
    return result.ok ? { ok: true, value: result.value.map((details) => ({ participant: toParticipant(details), details })) } : result;
  },

  // Raw: the package's validator silently drops documented v38 transforms (ai_enabled_indicator,
  // live_captions_indicator, streaming.presentation_in_mix) before sending.
  transformLayout: (ctx: Ctx, arg: { transforms: Transforms } & RoomArg) =>
    postChecked(ctx, 'transform_layout', arg, 'transform_layout', transformLayoutBody, { transforms: arg.transforms }),

  clearAllBuzz: (ctx: Ctx, room: RoomArg = {}) =>
    postSimple(ctx, 'clearallbuzz', room, {
      main: (fetcher, init) => clearAllBuzzRequest({ ...main(ctx), fetcher, init }),
      breakout: (breakoutUuid) => (fetcher, init) => breakoutClearAllBuzz({ ...main(ctx), fetcher, init, params: { conferenceAlias: ctx.alias, breakoutUuid } }),
    }),

  // The package has no clearspotlights (v36): raw.
  clearSpotlights: (ctx: Ctx, room: RoomArg = {}) => postSimple(ctx, 'clearspotlights', room),

  silentVideoDetection(ctx: Ctx, arg: { config: SilentVideoDetectionConfig } & RoomArg): Promise<OperationResult<null>> {
    const body = { config: arg.config };
    return runOperation(
      ctx,
      'silent_video_detection',
      chooseRequest(arg, roomPost(arg, 'silent_video_detection', body), {
        main: (fetcher, init) => silentVideoDetectionRequest({ ...main(ctx), fetcher, init, body }),
      }),
      acceptDone,
    );
  },

  // The package has no classification, banner text or pinning requests: raw.
  setClassificationLevel: (ctx: Ctx, arg: { level: number } & RoomArg) =>
    postChecked(ctx, 'set_classification_level', arg, 'set_classification_level', classificationLevelBody, { level: arg.level }),

  getClassificationLevel: (ctx: Ctx, room: RoomArg = {}): Promise<OperationResult<ClassificationLevels>> =>
    runOperation(ctx, 'get_classification_level', { raw: roomGet(room, 'get_classification_level') }, acceptResult(classificationResult)),

  /**
   * Splash-screen theme (direct media); null when the conference has none (204). Raw: the
   * package requires all five screens with text-only elements, the document shows fewer
   * screens and image elements.
   */
  async theme(ctx: Ctx, room: RoomArg = {}): Promise<OperationResult<ThemeScreens | null>> {
    const answer = await fetchBytes(ctx, 'theme', roomGet(room, 'theme'));
    if (!answer.ok) {
      return answer.error.status === 204 ? { ok: true, value: null } : answer;
    }
    if (answer.value.bytes.length === 0) return { ok: true, value: null };
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(answer.value.bytes)) as unknown;
    } catch {
      body = undefined;
    }
    return acceptResult(themeResult)(body);
  },

  /** One theme resource (e.g. the background image a theme screen names). */
  themeResource: (ctx: Ctx, arg: { path: string } & RoomArg): Promise<OperationResult<ImageBytes>> =>
    fetchBytes(ctx, 'theme resource', roomGet(arg, `theme/${arg.path.split('/').map(segment).join('/')}`)),

  availableLayouts(ctx: Ctx, arg: { annotate?: boolean } & RoomArg = {}): Promise<OperationResult<AvailableLayout[]>> {
    const annotate = arg.annotate ?? false;
    return runOperation(
      ctx,
      'available_layouts',
      chooseRequest(arg, roomGet(arg, 'available_layouts', annotate ? { annotate: 'true' } : undefined), {
        main: (fetcher, init) =>
          availableLayoutsRequest({ ...main(ctx), fetcher, init, params: { conferenceAlias: ctx.alias, annotate } }),
      }),
      acceptResult(availableLayoutsResult),
    );
  },

  layoutSvgs: (ctx: Ctx, room: RoomArg = {}): Promise<OperationResult<Record<string, string>>> =>
    runOperation(
      ctx,
      'layout_svgs',
      chooseRequest(room, roomGet(room, 'layout_svgs'), { main: (fetcher, init) => layoutSvgsRequest({ ...main(ctx), fetcher, init }) }),
      acceptResult(layoutSvgsResult),
    ),

  setMessageText: (ctx: Ctx, arg: { text: string } & RoomArg) =>
    postChecked(ctx, 'set_message_text', arg, 'set_message_text', messageTextBody, { text: arg.text }),

  getMessageText: (ctx: Ctx, room: RoomArg = {}): Promise<OperationResult<MessageText>> =>
    runOperation(ctx, 'get_message_text', { raw: roomGet(room, 'get_message_text') }, acceptResult(messageTextResult)),

  setPinningConfig: (ctx: Ctx, arg: { pinningConfig: string } & RoomArg) =>
    postChecked(ctx, 'set_pinning_config', arg, 'set_pinning_config', pinningConfigBody, { pinning_config: arg.pinningConfig }),

  getPinningConfig: (ctx: Ctx, room: RoomArg = {}): Promise<OperationResult<PinningConfig>> =>
    runOperation(ctx, 'get_pinning_config', { raw: roomGet(room, 'get_pinning_config') }, acceptResult(pinningConfigResult)),

  availablePinningConfigs: (ctx: Ctx, room: RoomArg = {}): Promise<OperationResult<string[]>> =>
    runOperation(ctx, 'available_pinning_configs', { raw: roomGet(room, 'available_pinning_configs') }, acceptResult(availablePinningConfigsResult)),

  /** mixName: "main", "main.!personal" or "main.!<participant uuid>". */
  createVideoMix(ctx: Ctx, arg: { mixName: string } & RoomArg): Promise<OperationResult<null>> {
    const body = { mix_name: arg.mixName };
    return runOperation(
      ctx,
      'video_mixes/create',
      chooseRequest(arg, roomPost(arg, 'video_mixes/create', body), {
        main: (fetcher, init) => videoMixesCreate({ ...main(ctx), fetcher, init, body }),
        breakout: (breakoutUuid) => (fetcher, init) =>
          breakoutVideoMixesCreate({ ...main(ctx), fetcher, init, params: { conferenceAlias: ctx.alias, breakoutUuid }, body }),
      }),
      acceptDone,
    );
  },

  configureVideoMix(ctx: Ctx, arg: { mixName: string; layout: string } & RoomArg): Promise<OperationResult<null>> {
    const body = { transform_layout: { layout: arg.layout } };
    const params = { conferenceAlias: ctx.alias, mixName: arg.mixName };
    return runOperation(
      ctx,
      'video_mixes/configure',
      chooseRequest(arg, roomPost(arg, `video_mixes/${segment(arg.mixName)}/configure`, body), {
        main: (fetcher, init) => videoMixesConfigure({ ...main(ctx), fetcher, init, params, body }),
        breakout: (breakoutUuid) => (fetcher, init) =>
          breakoutVideoMixesConfigure({ ...main(ctx), fetcher, init, params: { ...params, breakoutUuid }, body }),
      }),
      acceptDone,
    );
  },

  deleteVideoMix(ctx: Ctx, arg: { mixName: string } & RoomArg): Promise<OperationResult<null>> {
    const params = { conferenceAlias: ctx.alias, mixName: arg.mixName };
    return runOperation(
      ctx,
      'video_mixes/delete',
      chooseRequest(arg, roomPost(arg, `video_mixes/${segment(arg.mixName)}/delete`), {
        main: (fetcher, init) => videoMixesDelete({ ...main(ctx), fetcher, init, params }),
        breakout: (breakoutUuid) => (fetcher, init) => breakoutVideoMixesDelete({ ...main(ctx), fetcher, init, params: { ...params, breakoutUuid } }),
      }),
      acceptDone,
    );
  },
};
