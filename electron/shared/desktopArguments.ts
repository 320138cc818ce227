// zod schemas for the desktop commands' untrusted arguments.
import { z } from 'zod';
import type { CommandArg } from './bridge';
import type { DesktopCommandMap } from './desktopCommands';
import { acceleratorSchema, pushToTalkCombinationSchema } from './shortcutKeys';

const none = z.null().optional().transform(() => null);

export const desktopArgumentSchemas = {
  desktopStatus: none,
  updateCheckNow: none,
  updateRestart: none,
  trustedCertificates: none,
  trustedCertificateForget: z.strictObject({ host: z.string().trim().min(1).max(2048) }),
  systemShortcutKeysChange: z.strictObject({ toggleMute: acceleratorSchema.optional(), pushToTalk: pushToTalkCombinationSchema.optional() }),
} satisfies { [K in keyof DesktopCommandMap]: z.ZodType<CommandArg<K>, unknown> };
