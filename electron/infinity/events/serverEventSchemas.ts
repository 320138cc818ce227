// zod schemas for the payload of every server-sent event in the API document, and the typed
// payloads the core relays. Only documented fields go on: any other field the node invents is
// stripped here (plain zod objects), so it never reaches state or the bridge. Documented fields are
// type-checked. An event with no data arrives as null.
import { z } from 'zod';
import {
  callDisconnectedSchema,
  disconnectSchema,
  hyphensToUnderscores,
  layoutSchema,
  messageReceivedSchema,
  participantDeleteSchema,
  presentationStartSchema,
  stageSchema,
  wireConferenceSettings,
  wireIndicatorsSchema,
  wireParticipantSchema,
} from './eventSchemas';
import { wireFlag, wireNumberOrZero } from '../wire/wireValues';

/** Events documented with no data: null, an empty object, or nothing at all. */
export const noDataSchema = z
  .union([z.null(), z.undefined(), z.object({})])
  .transform(() => null);

export const wireAudioMixSchema = z.object({ mix_name: z.string(), prominent: wireFlag.optional() });

/** A participant as participant_create/update and GET participants carry it, every documented field. */
export const wireParticipantDetailsSchema = z.object({
  ...wireParticipantSchema.shape,
  call_direction: z.string().optional(),
  encryption: z.string().optional(),
  external_node_uuid: z.string().optional(),
  fecc_supported: wireFlag.optional(),
  is_conjoined: wireFlag.optional(),
  is_external: wireFlag.optional(),
  is_idp_authenticated: wireFlag.optional(),
  is_main_video_dropped_out: wireFlag.optional(),
  is_video_silent: wireFlag.optional(),
  last_spoken_time: wireNumberOrZero.optional(),
  layout_group: z.string().nullable().optional(),
  local_alias: z.string().optional(),
  needs_presentation_in_mix: wireFlag.optional(),
  receive_from_audio_mix: z.string().nullable().optional(),
  // The field table says string; the example (and nodes) send a list of mixes.
  send_to_audio_mixes: z.union([z.array(wireAudioMixSchema), z.string()]).optional(),
  uri: z.string().optional(),
  vendor: z.string().optional(),
});
export type WireParticipantDetails = z.infer<typeof wireParticipantDetailsSchema>;

/** conference_update / conference_status with every documented field (status uses hyphens). */
export const wireConferenceDetailsSchema = z.preprocess(
  hyphensToUnderscores,
  z.object({
    ...wireConferenceSettings,
    guests_can_see_guests: z.string().optional(),
    live_captions_available: wireFlag.optional(),
    direct_media: wireFlag.optional(),
    classification: z
      .object({
        levels: z.record(z.string(), z.string()).optional(),
        current: z.union([z.number(), z.string()]).nullable().optional(),
      })
      .nullable()
      .optional(),
    message_text: z.string().nullable().optional(),
    pinning_config: z.string().nullable().optional(),
    breakout_rooms: wireFlag.optional(),
    indicators: wireIndicatorsSchema.optional(),
    breakout: wireFlag.optional(),
    breakout_uuid: z.string().optional(),
    breakout_name: z.string().optional(),
    breakout_description: z.string().optional(),
    end_action: z.string().optional(),
    end_time: z.number().nullable().optional(),
    breakout_guests_allowed_to_leave: wireFlag.optional(),
    breakoutbuzz: z
      .object({ value: wireFlag.optional(), time: z.number().nullable().optional() })
      .nullable()
      .optional(),
  }),
);
export type WireConferenceDetails = z.infer<typeof wireConferenceDetailsSchema>;

export const layoutDetailsSchema = z.object({
  ...layoutSchema.shape,
  guests_can_see_guests: z.string().optional(),
  indicators: wireIndicatorsSchema.optional(),
});

export const liveCaptionsSchema = z.object({
  data: z.string(),
  is_final: wireFlag,
  src_lang: z.string().optional(),
  tgt_lang: z.string().optional(),
  sources: z.array(z.object({ participant_uuid: z.string() })).optional(),
});

export const splashScreenSchema = z
  .union([z.null(), z.undefined(), z.object({ screen_key: z.string().optional() })])
  .transform((value) => (value?.screen_key ? { screen_key: value.screen_key } : null));

export const sdpPayloadSchema = z.object({ sdp: z.string() });

export const candidatePayloadSchema = z.object({
  candidate: z.string(),
  mid: z.string().optional(),
  ufrag: z.string().optional(),
  pwd: z.string().optional(),
});

export const referSchema = z.object({
  alias: z.string().min(1),
  breakout_name: z.string().optional(),
  breakout_uuid: z.string().optional(),
  /** One-time token for request_token at `alias`; stays in the core. */
  token: z.string().optional(),
});

export const breakoutBeginSchema = z.object({ breakout_uuid: z.string().min(1), participant_uuid: z.string() });
export const breakoutEndSchema = z.object({ breakout_uuid: z.string().min(1), participant_uuid: z.string().optional() });
export const breakoutEventSchema = z.object({ breakout_uuid: z.string().min(1), event: z.string().min(1), data: z.unknown() });
export const breakoutReferSchema = z.object({ breakout_uuid: z.string().min(1), breakout_name: z.string().optional() });

/** The wire schema of every documented event's data, by event name. */
export const serverEventSchemas = {
  presentation_start: z.object(presentationStartSchema.shape),
  presentation_stop: noDataSchema,
  presentation_frame: noDataSchema,
  participant_create: wireParticipantDetailsSchema,
  participant_update: wireParticipantDetailsSchema,
  participant_delete: participantDeleteSchema,
  participant_sync_begin: noDataSchema,
  participant_sync_end: noDataSchema,
  conference_update: wireConferenceDetailsSchema,
  layout: layoutDetailsSchema,
  live_captions: liveCaptionsSchema,
  message_received: z.object(messageReceivedSchema.shape),
  stage: stageSchema,
  call_disconnected: callDisconnectedSchema,
  disconnect: disconnectSchema,
  splash_screen: splashScreenSchema,
  new_offer: sdpPayloadSchema,
  update_sdp: sdpPayloadSchema,
  new_candidate: candidatePayloadSchema,
  peer_disconnect: noDataSchema,
  refer: referSchema,
  breakout_begin: breakoutBeginSchema,
  breakout_event: breakoutEventSchema,
  breakout_end: breakoutEndSchema,
  breakout_refer: breakoutReferSchema,
  refresh_token: noDataSchema,
} as const;

export type ServerEventName = keyof typeof serverEventSchemas;
export type ServerEventPayload<K extends ServerEventName> = z.output<(typeof serverEventSchemas)[K]>;

export function isServerEventName(name: string): name is ServerEventName {
  return Object.hasOwn(serverEventSchemas, name);
}

/**
 * The data of each event relayed to listeners as `{type: 'infinity', name, data}` (events the
 * bridge union has no variant for). Typed and validated; `refer` never carries its token.
 */
export interface RelayedEventPayloads {
  splash_screen: z.output<typeof splashScreenSchema>;
  new_offer: z.output<typeof sdpPayloadSchema>;
  update_sdp: z.output<typeof sdpPayloadSchema>;
  new_candidate: z.output<typeof candidatePayloadSchema>;
  peer_disconnect: null;
  refer: { alias: string; breakout_name?: string; breakout_uuid?: string };
  breakout_begin: z.output<typeof breakoutBeginSchema>;
  /** `data` is the inner event's validated, stripped data; absent for an inner event this client does not know. */
  breakout_event: { breakout_uuid: string; event: string; data?: unknown };
  breakout_end: z.output<typeof breakoutEndSchema>;
  breakout_refer: z.output<typeof breakoutReferSchema>;
  refresh_token: null;
}

export type RelayedEventName = keyof RelayedEventPayloads;
export type RelayedEvent = { [K in RelayedEventName]: { name: K; data: RelayedEventPayloads[K] } }[RelayedEventName];
