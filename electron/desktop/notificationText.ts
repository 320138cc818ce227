// A server string (a name, a chat line, a reason) made fit for a native notification: plain text,
// one line, control characters removed, cut to a length a notification shows.

const controlCharacters = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;
const bidiIsolates = /[\u2066-\u2069]/g;

/** Trimmed, one line, at most `limit` characters (whole code points), with "…" when cut. */
export function notificationText(text: string, limit: number): string {
  // Bidi isolates are format characters too; dropping them keeps a name from reordering the sentence.
  const flat = text.replace(bidiIsolates, '').replace(controlCharacters, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(flat);
  return characters.length <= limit ? flat : `${characters.slice(0, Math.max(0, limit - 1)).join('').trimEnd()}…`;
}

/**
 * Linux notification servers that announce "body-markup" read the body as a small subset of HTML,
 * so on Linux the body's &, < and > are escaped: the person sees the characters that were sent.
 */
export function notificationBody(text: string, platform: NodeJS.Platform): string {
  if (platform !== 'linux') return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
