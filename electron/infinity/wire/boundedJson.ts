// JSON from the node, read only when it is small and shallow enough. A hostile node can send a
// 200 kB string or 2,000 levels of nesting; beyond these limits structuredClone, IPC and
// JSON.stringify fail later in places that cannot recover, so the text is refused before parsing.
export interface JsonLimits {
  /** Characters of JSON text. */
  maxLength: number;
  /** Nesting of objects and arrays. */
  maxDepth: number;
}

/** What one Infinity event may carry: generous for a 5,000-person sync's single participant. */
export const eventJsonLimits: JsonLimits = { maxLength: 256 * 1024, maxDepth: 32 };

export type BoundedJson = { ok: true; value: unknown } | { ok: false; issue: string };

/** The deepest nesting in `text`, counted in one linear pass that skips string contents. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return deepest;
}

/**
 * Whether `text` has at most `limit` opening brackets (strings included): then it cannot nest deeper
 * than that, and the character-by-character scan is skipped. Found with indexOf (native, fast):
 * an event is parsed for every participant of a sync, and almost all have two or three brackets.
 */
function fewBrackets(text: string, limit: number): boolean {
  let count = 0;
  for (const bracket of ['{', '[']) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) {
      count += 1;
      if (count > limit) return false;
    }
  }
  return true;
}

/** Parses `text` as JSON within `limits`; an empty text is `null` (Infinity's data-less events). */
export function parseBoundedJson(text: string, limits: JsonLimits = eventJsonLimits): BoundedJson {
  if (text.length > limits.maxLength) return { ok: false, issue: `longer than ${limits.maxLength} characters` };
  if (text.trim() === '') return { ok: true, value: null };
  const depth = fewBrackets(text, limits.maxDepth) ? 0 : jsonDepth(text);
  if (depth > limits.maxDepth) return { ok: false, issue: `nested deeper than ${limits.maxDepth} levels` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, issue: 'not JSON' };
  }
}
