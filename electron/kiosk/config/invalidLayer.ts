// What Parley may take from a configuration file it cannot use: a parse error worded without the
// file's text (which can hold a PIN), and the admin PIN the file names, which keeps guarding
// setup and exit while the room shows the problem.
import { isAdminPinHash } from '../adminPinHash';

/** JSON.parse's reason, without the excerpt of the file V8 quotes ("…" is not valid JSON). */
export function jsonSyntaxDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const withoutExcerpt = message.replace(/,?\s*"[\s\S]*" is not valid JSON\s*$/, '').trim();
  // A letter or digit there could be the start of a PIN written without quotes.
  const detail = withoutExcerpt.replace(/^Unexpected token '[\p{L}\p{N}]'/u, 'Unexpected character');
  return detail === '' ? 'the text is not JSON' : detail;
}

/** The admin PIN (clear digits, or the hash Parley wrote) a file names, even when the file as a whole is invalid. */
export function declaredAdminPin(text: string): string | undefined {
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null) return undefined;
    const { adminPin: pin, adminPinHash: hash } = json as Record<string, unknown>;
    if (typeof pin === 'string' || typeof pin === 'number') return String(pin);
    return typeof hash === 'string' && isAdminPinHash(hash) ? hash : undefined;
  } catch {
    const hash = /"adminPinHash"\s*:\s*"(scrypt\$[^"]+)"/.exec(text)?.[1];
    return /"adminPin"\s*:\s*"?(\d+)/.exec(text)?.[1] ?? (hash !== undefined && isAdminPinHash(hash) ? hash : undefined);
  }
}
