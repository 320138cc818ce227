// A kiosk configuration problem as a code the renderer translates (kioskConfig.<wording> in its
// message files) beside main's English line, which stays for the health document, logs and older
// renderers. Paths and keys are values shown as they are; a schema rule a key broke is a rule code
// (kioskConfigRule.<rule>) with its own values (limits, a kind of text, the literal choices).

export type KioskConfigProblemWording =
  | 'unknownKey'
  | 'unknownKeyIn'
  | 'keyInvalid'
  | 'invalid'
  | 'keyMissing'
  | 'aliasMissing'
  | 'calendarMissingForAutoJoin'
  | 'defaultAliasMissing'
  | 'cannotRead'
  | 'notJson'
  | 'notAnObject'
  | 'pinNoEncryption'
  | 'pinNotDecryptable'
  | 'incomplete';

/** Where the problem is: a file (its path in `values.path`), the command line's flags, or the files merged. */
export type KioskConfigProblemSource = 'file' | 'commandLine' | 'configuration';

/** A rule of the configuration schema, translated in the renderer as kioskConfigRule.<rule>. */
export type KioskConfigRule =
  | 'secondsNumber'
  | 'wholeSeconds'
  | 'atLeast'
  | 'atMostADay'
  | 'oneOf'
  | 'oneOfList'
  | 'defaultOrIdle'
  | 'textInQuotes'
  | 'notEmpty'
  | 'atMostCharacters'
  | 'timeInQuotes'
  | 'time24'
  | 'minutesFromTo'
  | 'wholeMinutes'
  | 'fromTo'
  | 'numberFromTo'
  | 'calendarUrl'
  | 'dayNames'
  | 'dayList'
  | 'atLeastOneDay'
  | 'shape'
  | 'digits'
  | 'encryptedPin'
  | 'base64'
  | 'pinHashInQuotes'
  | 'pinHash';

/** What a text key holds, for textInQuotes (kioskConfigRule.what.<kind>). */
export type KioskConfigTextKind =
  | 'nodeAddress'
  | 'meetingAlias'
  | 'displayName'
  | 'calendarFeed'
  | 'cameraLabel'
  | 'microphoneLabel'
  | 'speakerLabel'
  | 'layoutName'
  | 'meetingPin'
  | 'adminPin';

/** A rule's values: limits, and literal configuration text (choices, formats, examples) shown as it is. */
export interface KioskConfigRuleValues {
  min?: number;
  max?: number;
  what?: KioskConfigTextKind;
  /** The literal choices before the last one, comma-separated ('"low", "medium", "high"'). */
  choices?: string;
  last?: string;
  first?: string;
  format?: string;
  example?: string;
  shape?: string;
}

export interface KioskConfigProblemValues {
  path?: string;
  key?: string;
  /** The object an unknown key is in ("onMeetingEnd"). */
  within?: string;
  /** A known key an unknown one looks like. */
  near?: string;
  /** The JSON parser's or file system's reason, or a schema message without a rule code, as it came. */
  detail?: string;
  /** The schema rule the key broke (instead of its English). */
  rule?: KioskConfigRule;
  ruleValues?: KioskConfigRuleValues;
}

export interface KioskConfigProblem {
  /** Main's English line: `<source>: <problem>`. */
  message: string;
  wording: KioskConfigProblemWording;
  source?: KioskConfigProblemSource;
  values?: KioskConfigProblemValues;
}
