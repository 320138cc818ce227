// zod schemas for the presentation commands' arguments (the renderer is untrusted).
import { z } from 'zod';
import type { CommandArg } from './bridge';
import type { PresentationCommandName } from './presentationCommands';

const noArgument = z.null().optional().transform(() => null);

export const presentationArgumentSchemas = {
  takeFloor: noArgument,
  releaseFloor: noArgument,
  fetchPresentationFrame: z.object({
    // SSE ids are short tokens; anything longer is not one of the node's.
    frameId: z.string().trim().min(1).max(256).nullable(),
    high: z.boolean().optional(),
  }),
  getShareCapabilities: noArgument,
  listShareSources: z.object({ thumbnailWidth: z.number().int().min(16).max(1920) }),
  chooseShareSource: z.object({
    sourceId: z.string().regex(/^(screen|window):[\w.:-]{1,200}$/, 'a desktop capture source id'),
    audio: z.boolean(),
  }),
  openScreenRecordingSettings: noArgument,
} satisfies { [K in PresentationCommandName]: z.ZodType<CommandArg<K>, unknown> };
