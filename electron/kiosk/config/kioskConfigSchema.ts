// The kiosk configuration file: every key, its type and default. Strict, so a misspelt key is
// reported instead of silently ignored.
import { z } from 'zod';
import { supportedLocales } from '../../shared/locales';
import { adminPinHashPattern } from '../adminPinHash';
import { kioskBackgroundEffects } from '../../shared/kioskCommands';
import type { KioskConfigTextKind } from '../../shared/kioskConfigProblems';
import { choiceValues, quoted, rule } from './kioskConfigRules';

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

const onMeetingEndSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('rejoin'),
    afterSeconds: z.number({ error: rule('secondsNumber') }).int(rule('wholeSeconds')).min(0, rule('atLeast', { min: 0 })).max(86_400, rule('atMostADay', { max: 86_400 })).default(0),
  }),
  z.strictObject({ action: z.literal('idle') }),
], { error: rule('oneOf', choiceValues(['{"action": "rejoin", "afterSeconds": N}', '{"action": "idle"}'])) });

const text = (what: KioskConfigTextKind, max = 512) =>
  z.string({ error: rule('textInQuotes', { what }) }).trim().min(1, rule('notEmpty')).max(max, rule('atMostCharacters', { max }));
const flag = z.boolean({ error: rule('oneOf', choiceValues(['true', 'false'])) });
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const clock = z.string({ error: rule('timeInQuotes', { format: '"HH:MM"' }) }).regex(clockTime, rule('time24', { format: '"HH:MM"', example: '"03:30"' }));
const wholeMinutes = (min: number, max: number) =>
  z.number({ error: rule('minutesFromTo', { min, max }) }).int(rule('wholeMinutes')).min(min, rule('fromTo', { min, max })).max(max, rule('fromTo', { min, max }));

/** An https URL (http only on this computer, for a local calendar bridge), or a file path. */
const calendarSource = text('calendarFeed', 2048).refine((source) => {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return true;
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}, rule('calendarUrl'));

/** Updates install and the daily restart happens only in this window, and only while the room is idle. */
const maintenanceSchema = z.strictObject({
  days: z
    .array(z.enum(weekdays, { error: rule('dayNames', { first: '"mon"', last: '"sun"' }) }), { error: rule('dayList', { example: '["sat", "sun"]' }) })
    .min(1, rule('atLeastOneDay')),
  from: clock,
  to: clock,
}, { error: rule('shape', { shape: '{"days": ["sat"], "from": "HH:MM", "to": "HH:MM"}' }) });
export type KioskMaintenanceWindow = z.infer<typeof maintenanceSchema>;

const digits = (what: KioskConfigTextKind) => z.string({ error: rule('textInQuotes', { what }) }).regex(/^\d{4,12}$/, rule('digits', { min: 4, max: 12 }));

/** Each key on its own, so every layer (file, flags) is checked before layers are merged. */
export const kioskConfigKeys = {
  node: text('nodeAddress', 2048),
  alias: text('meetingAlias'),
  displayName: text('displayName', 256),
  pin: z.string({ error: rule('textInQuotes', { what: 'meetingPin' }) }).max(64, rule('atMostCharacters', { max: 64 })),
  /** safeStorage ciphertext, base64. */
  pinEncrypted: z.string({ error: rule('encryptedPin') }).regex(/^[A-Za-z0-9+/=]+$/, rule('base64')),
  role: z.enum(['host', 'guest'], { error: rule('oneOf', choiceValues(quoted(['host', 'guest']))) }),
  /** true: join the configured meeting at start; "calendar": join the calendar's meetings. */
  autoJoin: z.union([flag, z.literal('calendar')], { error: rule('oneOf', choiceValues(['true', 'false', '"calendar"'])) }),
  calendar: calendarSource,
  calendarRefreshMinutes: wholeMinutes(1, 60),
  joinBeforeMinutes: wholeMinutes(0, 60),
  leaveWhenAlone: flag,
  betweenMeetings: z.enum(['default', 'idle'], { error: rule('defaultOrIdle', choiceValues(quoted(['default', 'idle']))) }),
  hideTitles: flag,
  maintenance: maintenanceSchema,
  camera: text('cameraLabel'),
  microphone: text('microphoneLabel'),
  speaker: text('speakerLabel'),
  layout: text('layoutName', 32),
  captions: flag,
  bandwidth: z.enum(['low', 'medium', 'high', 'maximum'], { error: rule('oneOf', choiceValues(quoted(['low', 'medium', 'high', 'maximum']))) }),
  rnnoise: flag,
  backgroundEffect: z.enum(kioskBackgroundEffects, { error: rule('oneOf', choiceValues(quoted(kioskBackgroundEffects))) }),
  volume: z.number({ error: rule('numberFromTo', { min: 0, max: 100 }) }).min(0, rule('fromTo', { min: 0, max: 100 })).max(100, rule('fromTo', { min: 0, max: 100 })),
  adminPin: digits('adminPin'),
  adminPinHash: z
    .string({ error: rule('pinHashInQuotes') })
    .regex(adminPinHashPattern, rule('pinHash')),
  startAtLogin: flag,
  dailyRestart: clock,
  onMeetingEnd: onMeetingEndSchema,
  /** The room display's language, above its OS's; Parley's own words on screen follow it. */
  language: z.enum(supportedLocales, { error: rule('oneOfList', { choices: quoted(supportedLocales).join(', ') }) }),
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
