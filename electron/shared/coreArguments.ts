// zod schemas for the core commands' arguments (the renderer is untrusted).
import { z } from 'zod';
import type { CommandArg } from './bridge';
import type { CoreCommandMap } from './coreCommands';

const shortText = (max: number) => z.string().max(max);
const sdpText = z.string().min(1).max(200_000);

const joinSchema = z.object({
  node: shortText(2048),
  alias: z.string().trim().min(1).max(512),
  displayName: z.string().trim().min(1).max(256),
  pin: shortText(64).optional(),
  conferenceExtension: shortText(512).optional(),
  allowUnencrypted: z.boolean().optional(),
});

const callOfferSchema = z.object({ sdp: sdpText, mediaType: z.enum(['video', 'video-only', 'audio']) });

export const coreArgumentSchemas = {
  join: joinSchema.extend({ offer: callOfferSchema.optional() }),
  joinWithSso: joinSchema.extend({ identityProvider: z.string().min(1).max(256) }),
  leave: z
    .object({ reason: shortText(512).optional() })
    .nullish()
    .transform((value) => value ?? {}),
  getSnapshot: z.null().optional().transform(() => null),
  trustNodeCertificate: z.object({
    host: z.string().min(1).max(300),
    fingerprint: z.string().regex(/^[0-9A-Fa-f:]{64,95}$/),
  }),
  startCall: callOfferSchema,
  ackCall: z.null().optional().transform(() => null),
  updateCall: z.object({ sdp: sdpText }),
  sendCandidate: z.object({
    candidate: shortText(4096),
    sdpMid: shortText(256).nullable(),
    usernameFragment: shortText(256).nullable(),
    pwd: shortText(256).nullable(),
  }),
  disconnectCall: z.null().optional().transform(() => null),
  sendMessage: z.object({ text: z.string().max(10_000).refine((text) => text.trim() !== '', 'empty message') }),
  setClientMute: z.object({ muted: z.boolean() }),
} satisfies { [K in keyof CoreCommandMap]: z.ZodType<CommandArg<K>, unknown> };
