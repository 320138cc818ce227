// Whether a value can cross the bridge: Electron IPC copies it with the structured clone
// algorithm, the browser host's WebSocket sends it as JSON. A value crosses when both work and
// both copies say the same (JSON keeps no undefined, functions, NaN or cycles).
import { isDeepStrictEqual } from 'node:util';

export type Crossing = { ok: true } | { ok: false; problem: string };

/** The structured clone with the keys JSON drops (undefined values) taken out. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : withoutUndefined(item)));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, withoutUndefined(item)]),
    );
  }
  return value;
}

export function crossesBridge(value: unknown): Crossing {
  let cloned: unknown;
  try {
    cloned = structuredClone(value);
  } catch (error) {
    return { ok: false, problem: `structuredClone: ${error instanceof Error ? error.message : String(error)}` };
  }
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    return { ok: false, problem: `JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isDeepStrictEqual(JSON.parse(text) as unknown, withoutUndefined(cloned))) {
    return { ok: false, problem: 'the JSON copy differs from the IPC copy (a function, NaN, Infinity or a special object)' };
  }
  return { ok: true };
}
