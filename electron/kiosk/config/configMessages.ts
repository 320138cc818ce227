// Turns schema issues into lines an administrator can act on: which file, which key, what is wrong.
// Each line is a wording code with its values (the renderer translates it) and main's English.
import type { z } from 'zod';
import type { KioskConfigProblem, KioskConfigProblemSource, KioskConfigProblemValues, KioskConfigProblemWording } from '../../shared/kioskConfigProblems';
import { kioskConfigKeys } from './kioskConfigSchema';
import { ruleEnglish, ruleOfMessage } from './kioskConfigRules';

const knownKeys = Object.keys(kioskConfigKeys);

/** Main's English for each wording (the renderer's en.json kioskConfig.* says the same). */
const english: Record<KioskConfigProblemWording, (values: KioskConfigProblemValues) => string> = {
  unknownKey: ({ key }) => `unknown key "${key}"`,
  unknownKeyIn: ({ key, within }) => `unknown key "${key}" in "${within}"`,
  keyInvalid: ({ key, detail }) => `"${key}" ${detail}`,
  invalid: ({ detail }) => detail ?? '',
  keyMissing: ({ key }) => `"${key}" is missing: set it in a kiosk configuration file or with a command-line flag`,
  aliasMissing: () => '"alias" is missing: set the meeting alias, or a "calendar" to join its meetings',
  calendarMissingForAutoJoin: () => '"autoJoin" is "calendar" but no "calendar" is set',
  defaultAliasMissing: () => '"betweenMeetings" is "default" but no default meeting "alias" is set',
  cannotRead: ({ detail }) => `cannot be read (${detail ?? 'unknown error'})`,
  notJson: ({ detail }) => `is not valid JSON (${detail})`,
  notAnObject: () => 'must be a JSON object of keys and values',
  pinNoEncryption: () => '"pinEncrypted" cannot be decrypted: this system offers no encryption; give "pin" instead',
  pinNotDecryptable: () => '"pinEncrypted" cannot be decrypted on this computer: give the PIN again as "pin"',
  incomplete: () => 'The configuration is incomplete.',
};

const sourceEnglish = { commandLine: 'command line', configuration: 'configuration' } as const;

/** Where a problem is: a file's path, or the command line's flags or the merged configuration. */
export type ProblemSource = { path: string } | Exclude<KioskConfigProblemSource, 'file'> | null;

export function configProblem(source: ProblemSource, wording: KioskConfigProblemWording, values: KioskConfigProblemValues = {}): KioskConfigProblem {
  const all: KioskConfigProblemValues = typeof source === 'object' && source !== null ? { path: source.path, ...values } : values;
  const where = source === null ? '' : typeof source === 'object' ? source.path : sourceEnglish[source];
  const suggestion = all.near === undefined ? '' : ` (did you mean "${all.near}"?)`;
  const said = all.rule === undefined ? all : { ...all, detail: ruleEnglish(all.rule, all.ruleValues) };
  const text = `${english[wording](said)}${suggestion}`;
  return {
    message: where ? `${where}: ${text}` : text,
    wording,
    ...(source === null ? {} : { source: typeof source === 'object' ? 'file' : source }),
    ...(Object.keys(all).length > 0 ? { values: all } : {}),
  };
}

function near(key: string): { near?: string } {
  const found = knownKeys.find((known) => known.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ''));
  return found ? { near: found } : {};
}

/** One problem per schema issue: `<source>: "<key>" <problem>`. */
export function describeConfigIssues(source: ProblemSource, error: z.ZodError): KioskConfigProblem[] {
  const problems: KioskConfigProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const within = issue.path.join('.');
      for (const key of issue.keys) problems.push(configProblem(source, within ? 'unknownKeyIn' : 'unknownKey', { key, ...(within ? { within } : {}), ...near(key) }));
      continue;
    }
    const key = issue.path.map(String).join('.');
    const broken = ruleOfMessage(issue.message);
    const why: KioskConfigProblemValues = broken
      ? { rule: broken.rule, ...(Object.keys(broken.values).length > 0 ? { ruleValues: { ...broken.values } } : {}) }
      : { detail: issue.message };
    problems.push(key ? configProblem(source, 'keyInvalid', { key, ...why }) : configProblem(source, 'invalid', why));
  }
  return problems;
}

export function missingKeyProblem(key: string): KioskConfigProblem {
  return configProblem(null, 'keyMissing', { key });
}
