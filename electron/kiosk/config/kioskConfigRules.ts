// The configuration schema's rules as codes: the schema's messages are main's English for a rule and
// its values, and each message is remembered with its code, so a schema issue goes out as the code
// and values (the renderer translates kioskConfigRule.<rule>) beside main's English line.
import type { KioskConfigRule, KioskConfigRuleValues, KioskConfigTextKind } from '../../shared/kioskConfigProblems';

const whatEnglish: Record<KioskConfigTextKind, string> = {
  nodeAddress: 'the Conferencing Node address',
  meetingAlias: 'the meeting alias',
  displayName: 'the name shown to others',
  calendarFeed: 'an https URL or a file path of an iCalendar (.ics) feed',
  cameraLabel: 'a camera label',
  microphoneLabel: 'a microphone label',
  speakerLabel: 'a speaker label',
  layoutName: 'a layout name such as "1:7" or "ac"',
  meetingPin: 'the meeting PIN',
  adminPin: 'the admin PIN',
};

/** Main's English for each rule (the renderer's en.json kioskConfigRule.* says the same). */
const english: Record<KioskConfigRule, (values: KioskConfigRuleValues) => string> = {
  secondsNumber: () => 'must be a number of seconds',
  wholeSeconds: () => 'must be a whole number of seconds',
  atLeast: ({ min }) => `must be ${min} or more`,
  atMostADay: ({ max }) => `must be at most ${max} (a day)`,
  oneOf: ({ choices, last }) => `must be ${choices} or ${last}`,
  oneOfList: ({ choices }) => `must be one of ${choices}`,
  defaultOrIdle: ({ choices, last }) => `must be ${choices} (the configured meeting) or ${last}`,
  textInQuotes: ({ what }) => `must be ${what === undefined ? 'text' : whatEnglish[what]} in quotes`,
  notEmpty: () => 'must not be empty',
  atMostCharacters: ({ max }) => `must be at most ${max} characters`,
  timeInQuotes: ({ format }) => `must be a time ${format} in quotes`,
  time24: ({ format, example }) => `must be a 24-hour time ${format}, e.g. ${example}`,
  minutesFromTo: ({ min, max }) => `must be a number of minutes from ${min} to ${max}`,
  wholeMinutes: () => 'must be a whole number of minutes',
  fromTo: ({ min, max }) => `must be from ${min} to ${max}`,
  numberFromTo: ({ min, max }) => `must be a number from ${min} to ${max}`,
  calendarUrl: () => 'must be an https:// URL (http:// only for 127.0.0.1) or a file path',
  dayNames: ({ first, last }) => `must be days ${first} to ${last}`,
  dayList: ({ example }) => `must be a list of days such as ${example}`,
  atLeastOneDay: () => 'must name at least one day',
  shape: ({ shape }) => `must be ${shape}`,
  digits: ({ min, max }) => `must be ${min} to ${max} digits`,
  encryptedPin: () => 'must be the encrypted PIN Parley wrote',
  base64: () => 'must be base64 as Parley wrote it',
  pinHashInQuotes: () => 'must be the hash Parley wrote, in quotes',
  pinHash: () => 'must be the hash Parley wrote (remove it and set "adminPin" to choose a new PIN)',
};

export interface KioskConfigRuleRef {
  rule: KioskConfigRule;
  values: KioskConfigRuleValues;
}

const byMessage = new Map<string, KioskConfigRuleRef>();

/** Main's English for a rule, remembered with its code; two rules may not say the same words. */
export function rule(code: KioskConfigRule, values: KioskConfigRuleValues = {}): string {
  const text = english[code](values);
  const known = byMessage.get(text);
  if (known && (known.rule !== code || JSON.stringify(known.values) !== JSON.stringify(values))) {
    throw new Error(`kiosk configuration rules ${known.rule} and ${code} both say "${text}"`);
  }
  byMessage.set(text, { rule: code, values });
  return text;
}

export function ruleEnglish(code: KioskConfigRule, values: KioskConfigRuleValues = {}): string {
  return english[code](values);
}

/** The rule a schema message came from; undefined for zod's own messages. */
export function ruleOfMessage(message: string): KioskConfigRuleRef | undefined {
  return byMessage.get(message);
}

/** Every rule the schema uses, with its values (for tests of the renderer's translations). */
export function schemaRules(): KioskConfigRuleRef[] {
  return [...byMessage.values()];
}

/** Literal choices as choices/last values: 'a', 'b', 'c' → { choices: 'a, b', last: 'c' }. */
export function choiceValues(literals: readonly string[]): Pick<KioskConfigRuleValues, 'choices' | 'last'> {
  return { choices: literals.slice(0, -1).join(', '), last: literals.at(-1) ?? '' };
}

export const quoted = (values: readonly string[]): string[] => values.map((value) => `"${value}"`);
