// The display name a person types: trimmed, required, and no longer than the node accepts.
import { t } from '../../i18n';
export const displayNameMaxLength = 256;

/** What is wrong with a typed name, kept as what it is and put into words when read. */
export type DisplayNameProblem = { said: 'nameMissing' } | { said: 'nameTooLong'; length: number };

export type DisplayNameCheck = { ok: true; name: string } | { ok: false; problem: DisplayNameProblem };

export function checkDisplayName(typed: string): DisplayNameCheck {
  const name = typed.trim();
  if (name === '') return { ok: false, problem: { said: 'nameMissing' } };
  if (name.length > displayNameMaxLength) return { ok: false, problem: { said: 'nameTooLong', length: name.length } };
  return { ok: true, name };
}

/** The name's problem in the current language. */
export function displayNameProblemText(problem: DisplayNameProblem): string {
  return problem.said === 'nameMissing'
    ? t('join.nameMissing')
    : t('join.nameTooLong', { max: displayNameMaxLength, length: problem.length });
}
