// Structured logging for the core. Secrets (token, PIN, ICE passwords) are redacted by field
// name before anything is written, so a careless call site cannot leak them.

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const secretFieldPattern = /token|pin|pwd|password|credential|secret/i;

/** A copy of `fields` with every secret-looking field (at any depth) replaced by "[redacted]". */
export function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = secretFieldPattern.test(key) ? '[redacted]' : redactValue(value);
  }
  return out;
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object' && !(value instanceof Error)) {
    return redactFields(value as Record<string, unknown>);
  }
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return value;
}

type Level = keyof Logger;

function write(level: Level, msg: string, fields?: Record<string, unknown>): void {
  const line = fields ? `[infinity] ${msg} ${JSON.stringify(redactFields(fields))}` : `[infinity] ${msg}`;
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
