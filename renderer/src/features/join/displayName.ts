// The display name a person types: trimmed, required, and no longer than the node accepts.
export const displayNameMaxLength = 256;

export type DisplayNameCheck = { ok: true; name: string } | { ok: false; message: string };

export function checkDisplayName(typed: string): DisplayNameCheck {
  const name = typed.trim();
  if (name === '') return { ok: false, message: 'Enter your name: it is how others in the meeting see you.' };
  if (name.length > displayNameMaxLength) {
    return { ok: false, message: `Your name is too long: use at most ${displayNameMaxLength} characters (it has ${name.length}).` };
  }
  return { ok: true, name };
}
