// zod schemas for the settings commands' untrusted arguments.
import { z } from 'zod';
import type { CommandArg } from './bridge';
import type { SettingsCommandMap } from './settingsCommands';
import { settingsChangeSchema } from './settings';
import { windowModes } from './desktopWindow';

const none = z.null().optional().transform(() => null);
const id = z.strictObject({ id: z.string().min(1).max(64) });

export const settingsArgumentSchemas = {
  settingsRead: none,
  settingsWrite: settingsChangeSchema,
  recentMeetings: none,
  recentMeetingRemember: z.strictObject({
    node: z.string().trim().min(1).max(2048),
    alias: z.string().trim().min(1).max(512),
    conferenceName: z.string().trim().max(512),
    pin: z.string().max(64).optional(),
    rememberPin: z.boolean(),
  }),
  recentMeetingOpen: id,
  recentMeetingForget: id,
  desktopMeetingState: z
    .strictObject({ name: z.string().max(512), microphoneMuted: z.boolean(), cameraOff: z.boolean(), chatOpen: z.boolean().optional() })
    .nullable(),
  desktopWindowMode: z.strictObject({ mode: z.enum(windowModes), sharing: z.boolean().optional() }),
} satisfies { [K in keyof SettingsCommandMap]: z.ZodType<CommandArg<K>, unknown> };
