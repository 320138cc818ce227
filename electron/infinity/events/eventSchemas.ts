// zod schemas for the Infinity event payloads the core reads. Lenient on fields we do not
// read (they are stripped), strict on the types of the ones we do.
import { z } from 'zod';
import { wireFlag, wireNumberOrZero } from '../wire/wireValues';

export const wireParticipantSchema = z.object({
  uuid: z.string().min(1),
  display_name: z.string(),
  overlay_text: z.string().optional(),
  role: z
    .string()
    .regex(/^(chair|host|guest)$/i)
    .optional(),
  service_type: z.string().optional(),
  protocol: z.string().optional(),
  is_muted: wireFlag.optional(),
  'is_client-muted': wireFlag.optional(),
  'is_video-muted': wireFlag.optional(),
  is_video_muted: wireFlag.optional(),
  is_presenting: wireFlag.optional(),
  is_audio_only_call: wireFlag.optional(),
  is_video_call: wireFlag.optional(),
  is_streaming_conference: wireFlag.optional(),
  has_media: wireFlag.optional(),
  buzz_time: wireNumberOrZero.optional(),
  spotlight: wireNumberOrZero.optional(),
  start_time: wireNumberOrZero.optional(),
  mute_supported: wireFlag.optional(),
  disconnect_supported: wireFlag.optional(),
  transfer_supported: wireFlag.optional(),
  presentation_supported: wireFlag.optional(),
  rx_presentation_policy: z
    .string()
    .regex(/^(allow|deny)$/i)
    .optional(),
  show_live_captions: wireFlag.optional(),
  call_tag: z.string().optional(),
});
export type WireParticipant = z.infer<typeof wireParticipantSchema>;

export const participantDeleteSchema = z.object({ uuid: z.string().min(1) });

/** conference_status answers with hyphenated keys, conference_update with underscores. */
export const hyphensToUnderscores = (value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).map(([key, field]) => [key.replaceAll('-', '_'), field]))
    : value;

/**
 * Not in the documented field lists, but what nodes (and the simulator) report after transform_layout
 * switches them: the banners read `recording` and `streaming`. Only these flags are kept.
 */
export const wireIndicatorsSchema = z.object({
  recording: wireFlag.optional(),
  streaming: wireFlag.optional(),
  live_captions: wireFlag.optional(),
  ai_enabled: wireFlag.optional(),
});

/** The conference's on/off settings, as both conference schemas read them. */
export const wireConferenceSettings = {
  locked: wireFlag.optional(),
  guests_muted: wireFlag.optional(),
  all_muted: wireFlag.optional(),
  started: wireFlag.optional(),
  presentation_allowed: wireFlag.optional(),
  guests_can_present: wireFlag.optional(),
  guests_can_unmute: wireFlag.optional(),
};

export const wireConferenceSchema = z.preprocess(
  hyphensToUnderscores,
  z.object({
    ...wireConferenceSettings,
    live_captions_available: wireFlag.optional(),
    direct_media: wireFlag.optional(),
    message_text: z.string().nullable().optional(),
    classification: z
      .object({
        levels: z.record(z.string(), z.string()).optional(),
        current: z.union([z.number(), z.string()]).nullable().optional(),
      })
      .nullable()
      .optional(),
    breakout_rooms: wireFlag.optional(),
  }),
);
export type WireConference = z.infer<typeof wireConferenceSchema>;

export const messageReceivedSchema = z.object({
  origin: z.string(),
  uuid: z.string(),
  type: z.string(),
  payload: z.string(),
  direct: wireFlag.optional(),
});

export const stageSchema = z.array(
  z.object({
    participant_uuid: z.string(),
    stage_index: z.number(),
    vad: z.number(),
  }),
);

export const layoutSchema = z.object({
  view: z.string(),
  participants: z.array(z.string()).optional(),
  requested_layout: z
    .union([
      z.string(),
      z.object({
        primary_screen: z
          .object({ chair_layout: z.string().optional(), guest_layout: z.string().optional() })
          .optional(),
      }),
    ])
    .nullable()
    .optional(),
  overlay_text_enabled: wireFlag.optional(),
});

export const presentationStartSchema = z.object({
  presenter_name: z.string().optional(),
  presenter_uri: z.string().optional(),
  source: z.string().optional(),
});

export const callDisconnectedSchema = z.object({
  call_uuid: z.string(),
  reason: z.string().optional(),
});

export const disconnectSchema = z
  .object({ reason: z.string().optional() })
  .nullable()
  .transform((value) => value ?? {});
