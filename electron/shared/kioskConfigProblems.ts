// A kiosk configuration problem as a code the renderer translates (kioskConfig.<wording> in its
// message files) beside main's English line, which stays for the health document, logs and older
// renderers. Paths, keys and the schema's own rule text are values shown as they are.

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

export interface KioskConfigProblemValues {
  path?: string;
  key?: string;
  /** The object an unknown key is in ("onMeetingEnd"). */
  within?: string;
  /** A known key an unknown one looks like. */
  near?: string;
  /** The schema's rule, or the JSON parser's or file system's reason, as it came. */
  detail?: string;
}

export interface KioskConfigProblem {
  /** Main's English line: `<source>: <problem>`. */
  message: string;
  wording: KioskConfigProblemWording;
  source?: KioskConfigProblemSource;
  values?: KioskConfigProblemValues;
}
