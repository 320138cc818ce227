// The display name a person types: trimmed, required, and no longer than the node accepts.
import { t } from '../../i18n';
export const displayNameMaxLength = 256;

export type DisplayNameCheck = { ok: true; name: string } | { ok: false; message: string };

export function checkDisplayName(typed: string): DisplayNameCheck {
  const name = typed.trim();
  if (name === '') return { ok: false, message: t('join.nameMissing') };
  if (name.length > displayNameMaxLength) {
    return { ok: false, message: t('join.nameTooLong', { max: displayNameMaxLength, length: name.length }) };
  }
  return { ok: true, name };
}
