// A kiosk configuration problem in the room's language: main sends each as a wording code with the
// file's path and the key as values, and the schema rule a key broke as a rule code with its own
// values (electron/kiosk/config/configMessages.ts, kioskConfigRules.ts); paths, keys and the rule's
// literal choices are shown as they came. A wording or rule this renderer does not know keeps main's English.
import type { KioskConfigProblem, KioskConfigProblemValues } from '../../../../electron/shared/kioskConfigProblems';
import { i18n, t } from '../../i18n';

const known = (key: string): boolean => i18n.global.te(key, 'en');

/** The broken rule in the room's language, the reason as it came, or undefined for a rule this renderer does not know. */
function ruleText(values: KioskConfigProblemValues): string | undefined {
  if (values.rule === undefined) return values.detail;
  if (!known(`kioskConfigRule.${values.rule}`)) return undefined;
  const { what, ...literal } = values.ruleValues ?? {};
  if (what !== undefined && !known(`kioskConfigRule.what.${what}`)) return undefined;
  return t(`kioskConfigRule.${values.rule}`, { ...literal, ...(what === undefined ? {} : { what: t(`kioskConfigRule.what.${what}`) }) });
}

export function kioskConfigProblemText(problem: KioskConfigProblem): string {
  if (!known(`kioskConfig.${problem.wording}`)) return problem.message;
  const values = problem.values ?? {};
  const rule = ruleText(values);
  if (values.rule !== undefined && rule === undefined) return problem.message;
  const detail = rule ?? (problem.wording === 'cannotRead' ? t('kioskConfig.unknownError') : '');
  const { rule: _rule, ruleValues: _ruleValues, ...shown } = values;
  const said = t(`kioskConfig.${problem.wording}`, { ...shown, detail });
  const text = values.near === undefined ? said : `${said} ${t('kioskConfig.didYouMean', { near: values.near })}`;
  const source = problem.source === 'file' ? values.path : problem.source === undefined ? undefined : t(`kioskConfig.${problem.source}`);
  return source ? t('kioskConfig.line', { source, problem: text }) : text;
}

/** What a refused setup says: the refusal, then why the configuration it wrote cannot be used. */
export function kioskConfigProblemsText(problems: readonly KioskConfigProblem[]): string {
  return problems.map(kioskConfigProblemText).join('; ');
}
