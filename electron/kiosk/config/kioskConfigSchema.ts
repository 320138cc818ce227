// The kiosk configuration file: every key, its type and default. Strict, so a misspelt key is
// reported instead of silently ignored.
import { z } from 'zod';

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

const onMeetingEndSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('rejoin'),
    afterSeconds: z.number({ error: 'must be a number of seconds' }).int('must be a whole number of seconds').min(0, 'must be 0 or more').max(86_400, 'must be at most 86400 (a day)').default(0),
  }),
  z.strictObject({ action: z.literal('idle') }),
], { error: 'must be {"action": "rejoin", "afterSeconds": N} or {"action": "idle"}' });

const text = (what: string, max = 512) =>
  z.string({ error: `must be ${what} in quotes` }).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const flag = z.boolean({ error: 'must be true or false' });
const digits = (what: string) => z.string({ error: `must be ${what} in quotes` }).regex(/^\d{4,12}$/, 'must be 4 to 12 digits');

/** Each key on its own, so every layer (file, flags) is checked before layers are merged. */
export const kioskConfigKeys = {
  node: text('the Conferencing Node address', 2048),
  alias: text('the meeting alias'),
  displayName: text('the name shown to others', 256),
  pin: z.string({ error: 'must be the meeting PIN in quotes' }).max(64, 'must be at most 64 characters'),
  /** safeStorage ciphertext, base64. */
  pinEncrypted: z.string({ error: 'must be the encrypted PIN Parley wrote' }).regex(/^[A-Za-z0-9+/=]+$/, 'must be base64 as Parley wrote it'),
  role: z.enum(['host', 'guest'], { error: 'must be "host" or "guest"' }),
  autoJoin: flag,
  camera: text('a camera label'),
  microphone: text('a microphone label'),
  speaker: text('a speaker label'),
  layout: text('a layout name such as "1:7" or "ac"', 32),
  captions: flag,
  volume: z.number({ error: 'must be a number from 0 to 100' }).min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100'),
  adminPin: digits('the admin PIN'),
  startAtLogin: flag,
  dailyRestart: z.string({ error: 'must be a time "HH:MM" in quotes' }).regex(clockTime, 'must be a 24-hour time "HH:MM", e.g. "03:30"'),
  onMeetingEnd: onMeetingEndSchema,
} as const;

export type KioskConfigKey = keyof typeof kioskConfigKeys;

/** One layer (a file, or the command-line flags): any subset of the keys, nothing else. */
export const kioskConfigLayerSchema = z.strictObject(kioskConfigKeys).partial();
export type KioskConfigLayer = z.infer<typeof kioskConfigLayerSchema>;

/** The merged configuration the room runs with. */
export const kioskConfigSchema = z.strictObject({
  node: kioskConfigKeys.node,
  alias: kioskConfigKeys.alias,
  displayName: kioskConfigKeys.displayName,
  pin: kioskConfigKeys.pin.optional(),
  pinEncrypted: kioskConfigKeys.pinEncrypted.optional(),
  role: kioskConfigKeys.role.optional(),
  autoJoin: kioskConfigKeys.autoJoin,
  camera: kioskConfigKeys.camera.optional(),
  microphone: kioskConfigKeys.microphone.optional(),
  speaker: kioskConfigKeys.speaker.optional(),
  layout: kioskConfigKeys.layout.optional(),
  captions: kioskConfigKeys.captions.default(false),
  volume: kioskConfigKeys.volume.default(100),
  adminPin: kioskConfigKeys.adminPin.optional(),
  startAtLogin: kioskConfigKeys.startAtLogin.default(true),
  dailyRestart: kioskConfigKeys.dailyRestart.optional(),
  onMeetingEnd: onMeetingEndSchema.default({ action: 'rejoin', afterSeconds: 0 }),
});

export type KioskConfig = z.infer<typeof kioskConfigSchema>;
