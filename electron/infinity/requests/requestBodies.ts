// zod schemas of every client API request body, as the API document defines them (strict: a
// field the document does not name is refused, so a typo cannot silently do nothing). Raw
// requests validate their body with these before sending; the spec's own examples parse with
// them (tests/unit/electron/infinity/events/specExamples).
import { z } from 'zod';

export const mediaTypeSchema = z.enum(['video', 'video-only', 'audio']);

export const requestTokenBody = z.strictObject({
  display_name: z.string(),
  call_tag: z.string().optional(),
  direct_media: z.boolean().optional(),
  chosen_idp: z.string().optional(),
  sso_token: z.string().optional(),
  conference_extension: z.string().optional(),
  /** A one-time token from a `refer` event (transfer, breakout room move). */
  token: z.string().optional(),
});

export const dialBody = z.strictObject({
  role: z.enum(['HOST', 'GUEST']),
  destination: z.string().min(1),
  protocol: z.enum(['sip', 'h323', 'rtmp', 'mssip', 'auto']),
  presentation_url: z.string().optional(),
  streaming: z.enum(['yes', 'no']).optional(),
  dtmf_sequence: z.string().optional(),
  source_display_name: z.string().optional(),
  source: z.string().optional(),
  call_type: mediaTypeSchema.optional(),
  keep_conference_alive: z
    .enum(['keep_conference_alive', 'keep_conference_alive_if_multiple', 'keep_conference_alive_never'])
    .optional(),
  remote_display_name: z.string().optional(),
  text: z.string().optional(),
});

export const booleanSettingBody = z.strictObject({ setting: z.boolean() });

export const guestsCanSeeGuestsSchema = z.enum(['no_hosts', 'always', 'never']);
export const guestsCanSeeGuestsBody = z.strictObject({ setting: guestsCanSeeGuestsSchema });

export const messageBody = z.strictObject({
  type: z.enum(['text/plain', 'application/json']),
  payload: z.string(),
});

export const streamingTransformSchema = z.strictObject({
  layout: z.string().optional(),
  waiting_screen_enabled: z.boolean().optional(),
  plus_n_pip_enabled: z.boolean().optional(),
  indicators_enabled: z.boolean().optional(),
  presentation_in_mix: z.boolean().optional(),
  /** Deprecated name of presentation_in_mix (still accepted by nodes). */
  ac_presentation_in_mix: z.boolean().optional(),
});

export const transformsSchema = z.strictObject({
  layout: z.string().optional(),
  host_layout: z.string().optional(),
  guest_layout: z.string().optional(),
  enable_extended_ac: z.boolean().optional(),
  ai_enabled_indicator: z.boolean().optional(),
  enable_active_speaker_indication: z.boolean().optional(),
  enable_overlay_text: z.boolean().optional(),
  live_captions_indicator: z.boolean().optional(),
  recording_indicator: z.boolean().optional(),
  streaming_indicator: z.boolean().optional(),
  streaming: streamingTransformSchema.optional(),
  free_form_overlay_text: z.array(z.string()).optional(),
});

export const transformLayoutBody = z.strictObject({ transforms: transformsSchema });

export const silentVideoDetectionBody = z.strictObject({
  config: z.strictObject({
    enable: z.boolean().optional(),
    silent_after: z.number().min(1).max(120).optional(),
    require_no_faces: z.boolean().optional(),
    reactivate_after: z.number().min(1).max(5).optional(),
  }),
});

export const classificationLevelBody = z.strictObject({ level: z.number().int() });

export const createBreakoutBody = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  duration: z.number().min(0).optional(),
  end_action: z.enum(['disconnect', 'transfer']).optional(),
  participants: z.record(z.string(), z.array(z.string())).optional(),
  guests_allowed_to_leave: z.boolean().optional(),
});

export const messageTextBody = z.strictObject({ text: z.string() });
export const pinningConfigBody = z.strictObject({ pinning_config: z.string() });
export const videoMixCreateBody = z.strictObject({ mix_name: z.string().min(1) });
export const videoMixConfigureBody = z.strictObject({ transform_layout: transformsSchema });

export const dtmfBody = z.strictObject({ digits: z.string().min(1) });

export const callsBody = z.strictObject({
  call_type: z.enum(['WEBRTC', 'RTMP']),
  sdp: z.string().optional(),
  fec_supported: z.boolean().optional(),
  media_type: mediaTypeSchema.optional(),
  present: z.string().optional(),
});

export const overlayTextBody = z.strictObject({ text: z.string() });
export const presInMixBody = z.strictObject({ state: z.boolean() });
export const roleBody = z.strictObject({ role: z.enum(['chair', 'guest']) });

export const feccMovementSchema = z.strictObject({
  axis: z.enum(['pan', 'tilt', 'zoom']),
  direction: z.enum(['left', 'right', 'up', 'down', 'in', 'out']),
});
export const feccBody = z.strictObject({
  action: z.enum(['start', 'stop', 'continue']),
  movement: z.array(feccMovementSchema),
  timeout: z.number().optional(),
  target: z.string().optional(),
});

export const transferBody = z.strictObject({
  role: z.enum(['guest', 'host']),
  conference_alias: z.string().min(1),
  pin: z.string().optional(),
});

const streamStatisticsSchema = z.strictObject({
  rx_bitrate: z.number().optional(),
  rx_codec: z.string().optional(),
  rx_fps: z.number().optional(),
  rx_jitter: z.number().optional(),
  rx_packets_lost: z.number().optional(),
  rx_packets_received: z.number().optional(),
  rx_resolution: z.string().optional(),
  rx_historic_packet_loss: z.number().optional(),
  rx_windowed_packet_loss: z.number().optional(),
  tx_bitrate: z.number().optional(),
  tx_codec: z.string().optional(),
  tx_fps: z.number().optional(),
  tx_packets_sent: z.number().optional(),
  tx_rb_jitter: z.number().optional(),
  tx_rb_packetslost: z.number().optional(),
  tx_resolution: z.string().optional(),
  tx_historic_packet_loss: z.number().optional(),
  tx_windowed_packet_loss: z.number().optional(),
});
export const statisticsBody = z.strictObject({
  audio: streamStatisticsSchema.optional(),
  video: streamStatisticsSchema.optional(),
  presentation: streamStatisticsSchema.optional(),
});

export const aspectRatioBody = z.strictObject({ aspect_ratio: z.number().min(0).max(2) });
export const layoutGroupBody = z.strictObject({ layout_group: z.string() });
export const audioMixSchema = z.strictObject({ mix_name: z.string().min(1), prominent: z.boolean() });
export const sendToAudioMixesBody = z.strictObject({ mixes: z.array(audioMixSchema) });
/** `null` (sent as the document's `None`) means: receive no audio. */
export const receiveFromAudioMixBody = z.strictObject({ mix_name: z.string().min(1).nullable() });

export const moveParticipantsBody = z.strictObject({
  breakout_uuid: z.string().min(1),
  participants: z.array(z.string()),
});

export const ackBody = z.strictObject({ sdp: z.string().optional() });
export const newCandidateBody = z.strictObject({
  candidate: z.string(),
  mid: z.string(),
  ufrag: z.string().optional(),
  pwd: z.string().optional(),
});
export const updateBody = z.strictObject({ sdp: z.string().min(1), fec_supported: z.boolean().optional() });
export const releaseTokenBody = z.strictObject({ reason: z.string().optional() });

/** Every request body by the request's name in the API document (for the spec-example test). */
export const requestBodySchemas = {
  request_token: requestTokenBody,
  release_token: releaseTokenBody,
  dial: dialBody,
  set_guests_can_unmute: booleanSettingBody,
  set_guests_can_present: booleanSettingBody,
  set_guests_can_see_guests: guestsCanSeeGuestsBody,
  message: messageBody,
  transform_layout: transformLayoutBody,
  silent_video_detection: silentVideoDetectionBody,
  set_classification_level: classificationLevelBody,
  breakouts: createBreakoutBody,
  set_message_text: messageTextBody,
  set_pinning_config: pinningConfigBody,
  video_mixes_create: videoMixCreateBody,
  video_mixes_configure: videoMixConfigureBody,
  dtmf: dtmfBody,
  calls: callsBody,
  overlaytext: overlayTextBody,
  pres_in_mix: presInMixBody,
  role: roleBody,
  fecc: feccBody,
  transfer: transferBody,
  statistics: statisticsBody,
  preferred_aspect_ratio: aspectRatioBody,
  layout_group: layoutGroupBody,
  send_to_audio_mixes: sendToAudioMixesBody,
  receive_from_audio_mix: receiveFromAudioMixBody,
  move_participants: moveParticipantsBody,
  ack: ackBody,
  new_candidate: newCandidateBody,
  update: updateBody,
} as const;

export type Transforms = z.input<typeof transformsSchema>;
export type DialRequest = z.input<typeof dialBody>;
export type CreateBreakoutRequest = z.input<typeof createBreakoutBody>;
export type FeccRequest = z.input<typeof feccBody>;
export type StatisticsReport = z.input<typeof statisticsBody>;
export type AudioMix = z.input<typeof audioMixSchema>;
export type GuestsCanSeeGuests = z.infer<typeof guestsCanSeeGuestsSchema>;
export type SilentVideoDetectionConfig = z.input<typeof silentVideoDetectionBody>['config'];
export type MediaTypeRequest = z.infer<typeof mediaTypeSchema>;
