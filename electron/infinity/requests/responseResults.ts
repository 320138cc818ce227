// zod schemas of the `result` of each client API answer the core reads, per the API document.
// Lenient on fields we do not read (kept, never refused), strict on the types of those we do.
import { z } from 'zod';
import { wireConferenceDetailsSchema, wireParticipantDetailsSchema } from '../events/serverEventSchemas';
import { identityProviderSchema, tokenGrantSchema, tokenLeaseSchema } from '../session/tokenGrant';

/** The 403 answers of request_token that ask for more (PIN, extension, SSO). */
export const tokenChallengeSchema = z.union([
  z.object({ pin: z.enum(['required', 'none']), guest_pin: z.enum(['required', 'none']) }),
  z.object({ conference_extension: z.string(), conference_extension_type: z.enum(['standard', 'mssip']).optional() }),
  z.object({ idp: z.array(identityProviderSchema) }),
  z.object({ redirect_url: z.string(), redirect_idp: identityProviderSchema.partial({ img: true }) }),
]);

export const dialResult = z.array(z.string());
export const conferenceStatusResult = wireConferenceDetailsSchema;
export const participantsResult = z.array(wireParticipantDetailsSchema);

export const classificationResult = z.object({
  levels: z.record(z.string(), z.string()),
  current: z.union([z.number(), z.string()]).nullable(),
});

export const themeElementSchema = z.object({
  type: z.string(),
  text: z.string().optional(),
  path: z.string().optional(),
  color: z.number().optional(),
});
export const themeScreenSchema = z.object({
  layout_type: z.string(),
  background: z.object({ path: z.string() }).optional(),
  elements: z.array(themeElementSchema).optional(),
});
export const themeResult = z.record(z.string(), themeScreenSchema);

export const annotatedLayoutSchema = z.object({ name: z.string(), tags: z.array(z.string()).optional() });
export const availableLayoutsResult = z.array(z.union([z.string(), annotatedLayoutSchema]));
export const layoutSvgsResult = z.record(z.string(), z.string());
export const createBreakoutResult = z.object({ breakout_uuid: z.string().min(1) });

export const messageTextResult = z.object({ text: z.string().nullable(), set_time: z.string().nullable().optional() });

export const pinningSlotSchema = z.object({ layout_groups: z.array(z.string()) });
export const pinningConfigDictSchema = z.object({
  name: z.string(),
  slots: z.array(pinningSlotSchema),
  backfill: z.boolean().optional(),
  remove_self: z.boolean().optional(),
});
export const pinningConfigResult = z.object({
  pinning_config: z.string().nullable(),
  pinning_config_dict: pinningConfigDictSchema.nullable().optional(),
});
export const availablePinningConfigsResult = z.array(z.string());

export const callsResult = z.object({
  call_uuid: z.string().min(1),
  sdp: z.string(),
  turn: z.array(z.object({ urls: z.array(z.string()), username: z.string().optional(), credential: z.string().optional() })).optional(),
});
/** update answers with the SDP itself or with {call_uuid, sdp}. */
export const updateResult = z.union([z.string(), z.object({ call_uuid: z.string().optional(), sdp: z.string() })]);
export const attestationResult = z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]*$/, 'not a JWT');
export const nodeStatusResult = z.string();

/** Every answer's result by request name (for the spec-example test). */
export const responseResultSchemas = {
  request_token: tokenGrantSchema,
  request_token_challenge: tokenChallengeSchema,
  refresh_token: tokenLeaseSchema,
  dial: dialResult,
  conference_status: conferenceStatusResult,
  participants: participantsResult,
  get_classification_level: classificationResult,
  theme: themeResult,
  available_layouts: availableLayoutsResult,
  layout_svgs: layoutSvgsResult,
  breakouts: createBreakoutResult,
  get_message_text: messageTextResult,
  get_pinning_config: pinningConfigResult,
  available_pinning_configs: availablePinningConfigsResult,
  calls: callsResult,
  update: updateResult,
  get_attestation: attestationResult,
  status: nodeStatusResult,
  done: z.union([z.boolean(), z.null()]),
} as const;

export type { TokenGrant } from '../session/tokenGrant';
export type ClassificationLevels = z.infer<typeof classificationResult>;
export type ThemeScreens = z.infer<typeof themeResult>;
export type AvailableLayout = z.infer<typeof availableLayoutsResult>[number];
export type MessageText = z.infer<typeof messageTextResult>;
export type PinningConfig = z.infer<typeof pinningConfigResult>;
export type CallAnswer = z.infer<typeof callsResult>;
