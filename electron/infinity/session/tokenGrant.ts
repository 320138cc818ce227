// The one schema of a token answer: request_token's grant (a join) and refresh_token's lease share
// `token` and `expires`, so the refresh reads the same fields the same way. Loose: fields we do not
// read are kept, never refused.
import { z } from 'zod';
import { wireFlag, wireNumber } from '../wire/wireValues';

/** `expires` is seconds, often sent as a string ("120"); zero or less could never be refreshed. */
const expiresSchema = wireNumber.refine((seconds) => Number.isFinite(seconds) && seconds > 0, 'expires must be a positive number of seconds');

export const identityProviderSchema = z.object({ uuid: z.string(), name: z.string(), img: z.string().optional() });

/** What refresh_token answers, and the part of request_token's answer that renews the same way. */
export const tokenLeaseSchema = z.object({ token: z.string().min(1), expires: expiresSchema });

/** request_token's `result` on success, every documented field. */
export const tokenGrantSchema = z.object({
  ...tokenLeaseSchema.shape,
  participant_uuid: z.string().min(1),
  display_name: z.string(),
  role: z.enum(['HOST', 'GUEST']),
  call_tag: z.string().optional(),
  conference_name: z.string().optional(),
  service_type: z.string().optional(),
  current_service_type: z.string().optional(),
  call_type: z.enum(['video', 'video-only', 'audio']).optional(),
  version: z.object({ version_id: z.string(), pseudo_version: z.string().optional() }).optional(),
  chat_enabled: wireFlag.optional(),
  fec_enabled: wireFlag.optional(),
  fecc_enabled: wireFlag.optional(),
  rtmp_enabled: wireFlag.optional(),
  analytics_enabled: wireFlag.optional(),
  guests_can_present: wireFlag.optional(),
  vp9_enabled: wireFlag.optional(),
  allow_1080p: wireFlag.optional(),
  direct_media: wireFlag.optional(),
  use_relay_candidates_only: wireFlag.optional(),
  trickle_ice_enabled: wireFlag.optional(),
  breakout_rooms: wireFlag.optional(),
  pex_datachannel_id: wireNumber.optional(),
  client_stats_update_interval: wireNumber.optional(),
  idp: z.array(identityProviderSchema).optional(),
  stun: z.array(z.object({ url: z.string() })).optional(),
  turn: z
    .array(
      z.object({
        urls: z.union([z.array(z.string()), z.string()]),
        username: z.string().optional(),
        credential: z.string().optional(),
      }),
    )
    .optional(),
});

export type TokenGrant = z.infer<typeof tokenGrantSchema>;
export type TokenLease = z.infer<typeof tokenLeaseSchema>;
