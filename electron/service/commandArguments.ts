// zod schemas for every command argument. The renderer is untrusted: each handler parses its
// argument with these before doing anything.
import { z } from 'zod';
import type { CommandArg, CommandName } from '../shared/bridge';
import { meetingControlsArgumentSchemas } from '../shared/meetingControlsArguments';
import { presentationArgumentSchemas } from '../shared/presentationArguments';
import { kioskArgumentSchemas } from '../shared/kioskArguments';
import { trustNodeCertificateArgument } from './certificateHandlers';
import { summarizeIssues } from '../infinity/validation/issueSummary';

const shortText = (max: number) => z.string().max(max);
const sdpText = z.string().min(1).max(200_000);

export const commandArgumentSchemas = {
  join: z.object({
    node: shortText(2048),
    alias: z.string().trim().min(1).max(512),
    displayName: z.string().trim().min(1).max(256),
    pin: shortText(64).optional(),
    conferenceExtension: shortText(512).optional(),
  }),
  leave: z
    .object({ reason: shortText(512).optional() })
    .nullish()
    .transform((value) => value ?? {}),
  getSnapshot: z.null().optional().transform(() => null),
  trustNodeCertificate: trustNodeCertificateArgument,
  startCall: z.object({ sdp: sdpText, mediaType: z.enum(['video', 'video-only', 'audio']) }),
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
  ...meetingControlsArgumentSchemas,
  ...presentationArgumentSchemas,
  ...kioskArgumentSchemas,
} satisfies { [K in CommandName]: z.ZodType<CommandArg<K>, unknown> };

export type ParsedArgument<K extends CommandName> = z.output<(typeof commandArgumentSchemas)[K]>;

export type ArgumentCheck<K extends CommandName> = { ok: true; value: ParsedArgument<K> } | { ok: false; issue: string };

/** Parses an untrusted command argument; the issue names paths only, never values. */
export function parseCommandArgument<K extends CommandName>(command: K, arg: unknown): ArgumentCheck<K> {
  // Indexing the map by a generic key loses the per-command pairing; it is restored here.
  const schema = commandArgumentSchemas[command] as unknown as z.ZodType<ParsedArgument<K>>;
  const result = schema.safeParse(arg);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issue: summarizeIssues(result.error, '(argument)') };
}
