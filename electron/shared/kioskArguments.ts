// zod schemas for the kiosk commands' untrusted arguments.
import { z } from 'zod';
import type { CommandArg } from './bridge';
import type { KioskCommandMap } from './kioskCommands';

const none = z.null().optional().transform(() => null);
const pinText = z.string().max(64);

export const kioskArgumentSchemas = {
  kioskStatus: none,
  kioskJoin: none,
  kioskLeave: none,
  kioskMediaFailed: z.object({ reason: z.string().max(512) }),
  kioskSetRoom: z.strictObject({
    micMuted: z.boolean().optional(),
    cameraOff: z.boolean().optional(),
    volume: z.number().min(0).max(100).optional(),
    captions: z.boolean().optional(),
  }),
  kioskCheckAdminPin: z.object({ pin: pinText }),
  kioskSaveSetup: z.object({
    adminPin: pinText,
    fields: z.strictObject({
      node: z.string().trim().min(1).max(2048),
      alias: z.string().trim().min(1).max(512),
      displayName: z.string().trim().min(1).max(256),
      pin: pinText.optional(),
      autoJoin: z.boolean(),
      newAdminPin: z.union([z.literal(''), z.string().regex(/^\d{4,12}$/, 'the admin PIN must be 4 to 12 digits')]).optional(),
    }),
  }),
  kioskExit: z.object({ adminPin: pinText }),
  kioskMediaStats: z.strictObject({
    bitrateIn: z.number().finite().min(0).max(1e10),
    bitrateOut: z.number().finite().min(0).max(1e10),
    packetLossIn: z.number().finite().min(0).max(1),
    packetLossOut: z.number().finite().min(0).max(1),
  }),
} satisfies { [K in keyof KioskCommandMap]: z.ZodType<CommandArg<K>, unknown> };
