// Splits a chat message into text and web links, so links can be rendered as anchors (opened in
// the system browser only when clicked) while everything else stays plain text. Linear in the
// length of the message; the store splits each message once, when it arrives.

export type ChatPiece = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const urlPattern = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that ends a sentence rather than the address.
const trailingPunctuation = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}']);

/** How much of a message is shown before "Show more" (a participant can send 10,000 characters). */
export const previewLength = 2_000;

/**
 * `address` without the sentence punctuation at its end. A loop from the end, not a `[...]+$`
 * regex: the regex retries from every position and a 50,000-dot link froze the renderer.
 */
function withoutTrailingPunctuation(address: string): string {
  let end = address.length;
  while (end > 0 && trailingPunctuation.has(address.charAt(end - 1))) end -= 1;
  return address.slice(0, end);
}

export function splitLinks(text: string): ChatPiece[] {
  const pieces: ChatPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    const raw = match[0];
    const address = withoutTrailingPunctuation(raw);
    let href: string | null = null;
    try {
      const url = new URL(address);
      if (url.protocol === 'http:' || url.protocol === 'https:') href = url.href;
    } catch {
      href = null;
    }
    if (href === null) continue;
    if (start > last) pieces.push({ kind: 'text', text: text.slice(last, start) });
    pieces.push({ kind: 'link', text: address, href });
    last = start + address.length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}
