// The kiosk configuration file: every key, its type and default. Strict, so a misspelt key is
// reported instead of silently ignored.
import { z } from 'zod';
import { supportedLocales } from '../../shared/locales';
import { adminPinHashPattern } from '../adminPinHash';
import { kioskBackgroundEffects } from '../../shared/kioskCommands';

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
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const clock = z.string({ error: 'must be a time "HH:MM" in quotes' }).regex(clockTime, 'must be a 24-hour time "HH:MM", e.g. "03:30"');
const wholeMinutes = (min: number, max: number) =>
  z.number({ error: `must be a number of minutes from ${min} to ${max}` }).int('must be a whole number of minutes').min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`);

/** An https URL (http only on this computer, for a local calendar bridge), or a file path. */
const calendarSource = text('an https URL or a file path of an iCalendar (.ics) feed', 2048).refine((source) => {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return true;
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}, 'must be an https:// URL (http:// only for 127.0.0.1) or a file path');

/** Updates install and the daily restart happens only in this window, and only while the room is idle. */
const maintenanceSchema = z.strictObject({
  days: z.array(z.enum(weekdays, { error: 'must be days "mon" to "sun"' }), { error: 'must be a list of days such as ["sat", "sun"]' }).min(1, 'must name at least one day'),
  from: clock,
  to: clock,
}, { error: 'must be {"days": ["sat"], "from": "HH:MM", "to": "HH:MM"}' });
export type KioskMaintenanceWindow = z.infer<typeof maintenanceSchema>;

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
  /** true: join the configured meeting at start; "calendar": join the calendar's meetings. */
  autoJoin: z.union([flag, z.literal('calendar')], { error: 'must be true, false or "calendar"' }),
  calendar: calendarSource,
  calendarRefreshMinutes: wholeMinutes(1, 60),
  joinBeforeMinutes: wholeMinutes(0, 60),
  leaveWhenAlone: flag,
  betweenMeetings: z.enum(['default', 'idle'], { error: 'must be "default" (the configured meeting) or "idle"' }),
  hideTitles: flag,
  maintenance: maintenanceSchema,
  camera: text('a camera label'),
  microphone: text('a microphone label'),
  speaker: text('a speaker label'),
  layout: text('a layout name such as "1:7" or "ac"', 32),
  captions: flag,
  bandwidth: z.enum(['low', 'medium', 'high', 'maximum'], { error: 'must be "low", "medium", "high" or "maximum"' }),
  rnnoise: flag,
  backgroundEffect: z.enum(kioskBackgroundEffects, {
    error: 'must be "off", "blur-slight", "blur-strong", "image-office", "image-beach" or "image-forest"',
  }),
  volume: z.number({ error: 'must be a number from 0 to 100' }).min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100'),
  adminPin: digits('the admin PIN'),
  adminPinHash: z
    .string({ error: 'must be the hash Parley wrote, in quotes' })
    .regex(adminPinHashPattern, 'must be the hash Parley wrote (remove it and set "adminPin" to choose a new PIN)'),
  startAtLogin: flag,
  dailyRestart: clock,
  onMeetingEnd: onMeetingEndSchema,
  /** The room display's language, above its OS's; Parley's own words on screen follow it. */
  language: z.enum(supportedLocales, { error: `must be one of ${supportedLocales.map((locale) => `"${locale}"`).join(', ')}` }),
} as const;

export type KioskConfigKey = keyof typeof kioskConfigKeys;

/** One layer (a file, or the command-line flags): any subset of the keys, nothing else. */
export const kioskConfigLayerSchema = z.strictObject(kioskConfigKeys).partial();
export type KioskConfigLayer = z.infer<typeof kioskConfigLayerSchema>;

/** The merged configuration the room runs with. */
export const kioskConfigSchema = z.strictObject({
  node: kioskConfigKeys.node,
  /** The room's default meeting; optional only with a calendar. */
  alias: kioskConfigKeys.alias.optional(),
  displayName: kioskConfigKeys.displayName,
  pin: kioskConfigKeys.pin.optional(),
  pinEncrypted: kioskConfigKeys.pinEncrypted.optional(),
  role: kioskConfigKeys.role.optional(),
  autoJoin: kioskConfigKeys.autoJoin,
  calendar: kioskConfigKeys.calendar.optional(),
  calendarRefreshMinutes: kioskConfigKeys.calendarRefreshMinutes.default(5),
  joinBeforeMinutes: kioskConfigKeys.joinBeforeMinutes.default(2),
  leaveWhenAlone: kioskConfigKeys.leaveWhenAlone.default(false),
  betweenMeetings: kioskConfigKeys.betweenMeetings.default('idle'),
  hideTitles: kioskConfigKeys.hideTitles.default(false),
  maintenance: kioskConfigKeys.maintenance.optional(),
  camera: kioskConfigKeys.camera.optional(),
  microphone: kioskConfigKeys.microphone.optional(),
  speaker: kioskConfigKeys.speaker.optional(),
  layout: kioskConfigKeys.layout.optional(),
  captions: kioskConfigKeys.captions.default(false),
  bandwidth: kioskConfigKeys.bandwidth.optional(),
  rnnoise: kioskConfigKeys.rnnoise.optional(),
  backgroundEffect: kioskConfigKeys.backgroundEffect.optional(),
  volume: kioskConfigKeys.volume.default(100),
  adminPin: kioskConfigKeys.adminPin.optional(),
  adminPinHash: kioskConfigKeys.adminPinHash.optional(),
  startAtLogin: kioskConfigKeys.startAtLogin.default(true),
  dailyRestart: kioskConfigKeys.dailyRestart.optional(),
  onMeetingEnd: onMeetingEndSchema.default({ action: 'rejoin', afterSeconds: 0 }),
  language: kioskConfigKeys.language.optional(),
});

export type KioskConfig = z.infer<typeof kioskConfigSchema>;
