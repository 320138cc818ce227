// fast-check arbitraries for what a node may send: the API document's own examples, altered at
// random (a value replaced, a key deleted or added), and free-form values chosen to hurt: keys
// that name Object.prototype members, right-to-left overrides, long strings, deep nesting,
// numbers JSON cannot carry, text that is not JSON at all.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const examplesFolder = new URL('../unit/electron/infinity/events/specExamples/', import.meta.url);

export interface EventExample {
  event: string;
  data: unknown;
}
export interface AnswerExample {
  response: string;
  body?: unknown;
  result?: unknown;
}

export const eventExamples = JSON.parse(readFileSync(new URL('events.json', examplesFolder), 'utf8')) as EventExample[];
export const answerExamples = JSON.parse(readFileSync(new URL('responses.json', examplesFolder), 'utf8')) as AnswerExample[];

/** Names of Object.prototype members (and other keys a lookup on a plain object trips over). */
export const prototypeKey: fc.Arbitrary<string> = fc.constantFrom('constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'prototype', 'then', '');

/** Strings a careless lookup or renderer trips over. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: prototypeKey },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u202Eevil\u202C', '\u0000', 'YES', 'NO', 'True', 'False', 'null', '1e309', '-0', 'NaN') },
  { weight: 1, arbitrary: fc.string({ minLength: 2000, maxLength: 6000 }) },
);

const wireScalar: fc.Arbitrary<unknown> = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

/** Any JSON-shaped value (doubles include NaN and Infinity, which JSON turns into null). */
export const wireValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    wireScalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileText, tie('value'), { maxKeys: 4 }),
  ),
})).value;

interface Mutation {
  at: number;
  kind: 'replace' | 'delete' | 'add';
  key: string;
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'delete', 'add'),
  key: hostileText,
  // A field the node fills with a key name is the classic attack on lookups: weighted up.
  value: fc.oneof({ weight: 1, arbitrary: prototypeKey }, { weight: 1, arbitrary: hostileText }, { weight: 2, arbitrary: wireValue }),
});

type Container = Record<string, unknown> | unknown[];

function containers(value: unknown, found: Container[] = []): Container[] {
  if (value !== null && typeof value === 'object') {
    found.push(value as Container);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

/** A copy of `value` with the mutations applied to its objects and arrays (or replacing it). */
export function mutate(value: unknown, mutations: readonly Mutation[]): unknown {
  let copy = structuredClone(value);
  for (const m of mutations) {
    const places = containers(copy);
    if (places.length === 0) {
      copy = m.value;
      continue;
    }
    const place = places[m.at % places.length] as Container;
    const keys = Object.keys(place);
    const key = keys.length > 0 && m.kind !== 'add' ? (keys[m.at % keys.length] as string) : m.key;
    if (Array.isArray(place)) {
      const index = keys.length > 0 ? m.at % keys.length : 0;
      if (m.kind === 'delete') place.splice(index, 1);
      else if (m.kind === 'add') place.push(m.value);
      else place[index] = m.value;
    } else if (m.kind === 'delete') {
      delete place[key];
    } else {
      // defineProperty: a key "__proto__" becomes an own property, as JSON.parse makes it.
      Object.defineProperty(place, key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}

/** JSON text nested `depth` levels deep. */
function nested(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

/** The data text of one event: mostly JSON, sometimes text no JSON parser accepts. */
const rawData: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 4, arbitrary: fc.integer({ min: 50, max: 3000 }).map(nested) },
  // Rare: each is a quarter of a megabyte through the stream and the parser.
  { weight: 1, arbitrary: fc.integer({ min: 200_000, max: 300_000 }).map((n) => JSON.stringify({ display_name: 'x'.repeat(n) })) },
);

export interface GeneratedEvent {
  name: string;
  /** The SSE data text. */
  data: string;
}

/** Events: altered examples, known names with any data, unknown names, unusable data text. */
export function eventArbitrary(names: readonly string[], examples: readonly EventExample[] = eventExamples): fc.Arbitrary<GeneratedEvent> {
  const usable = examples.filter((example) => names.includes(example.event));
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(fc.constantFrom(...usable), fc.array(mutation, { maxLength: 3 }))
        .map(([example, mutations]) => ({ name: example.event, data: JSON.stringify(mutate(example.data, mutations)) ?? 'null' })),
    },
    { weight: 4, arbitrary: fc.record({ name: fc.constantFrom(...names), data: wireValue.map((v) => JSON.stringify(v) ?? 'null') }) },
    { weight: 1, arbitrary: fc.record({ name: hostileText, data: wireValue.map((v) => JSON.stringify(v) ?? 'null') }) },
    { weight: 1, arbitrary: fc.record({ name: fc.constantFrom(...names), data: rawData }) },
  );
}

export interface GeneratedAnswer {
  status: number;
  contentType: string | null;
  body: string;
}

const failureStatus = fc.constantFrom(200, 400, 403, 404, 415, 500, 502, 503, 504, 529);

/** REST answers: altered example answers (in the {status, result} envelope), any JSON, any text. */
export function answerArbitrary(examples: readonly AnswerExample[] = answerExamples): fc.Arbitrary<GeneratedAnswer> {
  const bodies = examples.map((example) => example.body ?? { status: 'success', result: example.result });
  const json = 'application/json';
  return fc.oneof(
    {
      weight: 10,
      arbitrary: fc
        .tuple(fc.constantFrom(...bodies), fc.array(mutation, { maxLength: 3 }), fc.constantFrom(200, 200, 200, 403))
        .map(([body, mutations, status]) => ({ status, contentType: json, body: JSON.stringify(mutate(body, mutations)) ?? 'null' })),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        status: failureStatus,
        contentType: fc.constant(json),
        body: fc.record({ status: fc.constantFrom('success', 'failed'), result: wireValue }).map((v) => JSON.stringify(v)),
      }),
    },
    { weight: 2, arbitrary: fc.record({ status: failureStatus, contentType: fc.constantFrom(json, 'text/html', null), body: fc.string({ maxLength: 80 }) }) },
    { weight: 1, arbitrary: fc.record({ status: fc.constant(200), contentType: fc.constant(json), body: rawData }) },
  );
}
