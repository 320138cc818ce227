// A kiosk configuration problem in the room's language: main sends each as a wording code with the
// file's path, the key and the schema's rule as values (electron/kiosk/config/configMessages.ts);
// those values are shown as they came. A wording this renderer does not know keeps main's English.
import type { KioskConfigProblem } from '../../../../electron/shared/kioskConfigProblems';
import { i18n, t } from '../../i18n';

export function kioskConfigProblemText(problem: KioskConfigProblem): string {
  if (!i18n.global.te(`kioskConfig.${problem.wording}`, 'en')) return problem.message;
  const values = problem.values ?? {};
  const detail = values.detail ?? (problem.wording === 'cannotRead' ? t('kioskConfig.unknownError') : '');
  const said = t(`kioskConfig.${problem.wording}`, { ...values, detail });
  const text = values.near === undefined ? said : `${said} ${t('kioskConfig.didYouMean', { near: values.near })}`;
  const source = problem.source === 'file' ? values.path : problem.source === undefined ? undefined : t(`kioskConfig.${problem.source}`);
  return source ? t('kioskConfig.line', { source, problem: text }) : text;
}

/** What a refused setup says: the refusal, then why the configuration it wrote cannot be used. */
export function kioskConfigProblemsText(problems: readonly KioskConfigProblem[]): string {
  return problems.map(kioskConfigProblemText).join('; ');
}
