// Structured logging for the core. Secrets (token, PIN, ICE passwords) are redacted by field
// name and, inside strings, by `name=value` shape before anything is written, so a careless call
// site cannot leak them; depth is limited and cycles are cut so any value can be logged.

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const secretFieldPattern = /token|pin|pwd|password|credential|secret/i;

/** `token=…`, `"pin": "…"`, `pwd:…` inside free text (URLs, error messages, bodies). */
const secretInTextPattern = /\b(token|pin|pwd|password|credential|secret|sso_token)(\\?["']?\s*[=:]\s*\\?["']?)([^\s&"'\\,;}]+)/gi;

/** Deeper than this, a value is summarised: a log line must stay readable and finite. */
const maxDepth = 6;

/** Text with every `secret=value` pair's value replaced by "[redacted]". */
export function redactText(text: string): string {
  return text.replace(secretInTextPattern, '$1$2[redacted]');
}

/** A copy of `fields` with every secret-looking field (at any depth) replaced by "[redacted]". */
export function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  return redactRecord(fields, 0, new WeakSet());
}

function redactRecord(fields: Record<string, unknown>, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  seen.add(fields);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = secretFieldPattern.test(key) ? '[redacted]' : redactValue(value, depth + 1, seen);
  }
  return out;
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return redactText(`${value.name}: ${value.message}`);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[cycle]';
  if (depth >= maxDepth) return '[too deep]';
  if (Array.isArray(value)) {
    seen.add(value);
    return value.map((item) => redactValue(item, depth + 1, seen));
  }
  return redactRecord(value as Record<string, unknown>, depth, seen);
}

type Level = keyof Logger;

function write(level: Level, msg: string, fields?: Record<string, unknown>): void {
  const text = redactText(msg);
  const line = fields ? `[infinity] ${text} ${JSON.stringify(redactFields(fields))}` : `[infinity] ${text}`;
  console[level](line);
}

const debugEnabled = process.env.PARLEY_LOG_LEVEL === 'debug';

export const consoleLogger: Logger = {
  debug: (msg, fields) => {
    if (debugEnabled) write('debug', msg, fields);
  },
  info: (msg, fields) => write('info', msg, fields),
  warn: (msg, fields) => write('warn', msg, fields),
  error: (msg, fields) => write('error', msg, fields),
};

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
