// A fast reader for a zod object schema of node data: the field kinds Infinity sends thousands of
// (flags, numbers, plain strings, lists of plain objects, unions of these) are checked with the same
// functions their zod schemas use, in one loop, instead of through zod's per-field pipes; any other
// field goes through its own zod schema.
// A 5,000-person participant_sync reads 5,000 participants with ~45 fields each, and zod's pipes
// cost most of the sync's CPU in the core. The reader only says yes or "ask zod": when any field
// does not pass, the caller runs the whole schema, so what is refused, and the issue given, is zod's.
import { z } from 'zod';
import { isWireFlag, isWireNumber, wireFlag, wireFlagValue, wireNumberOrZero } from './wireValues';

/** How a field is checked: the kinds nodes send thousands of directly, anything else by its own schema. */
type FieldKind = 'flag' | 'numberOrZero' | 'string' | 'nullableString' | 'objects' | 'union' | 'schema';

/** How one value is checked (a field's, an array element's, a union option's). */
interface ValueReader {
  kind: FieldKind;
  schema: z.ZodType;
  /** 'objects': each element read as this plain z.object reads it. */
  element?: (value: unknown) => unknown;
  /** 'union': the options in zod's order (the first that passes is the value). */
  options?: ValueReader[];
}

interface FieldReader extends ValueReader {
  key: string;
  optional: boolean;
}

/** A z.string() with no checks (no min, regex, ...): any string passes. */
function isPlainString(schema: z.ZodType): boolean {
  return schema instanceof z.ZodString && (schema.def.checks ?? []).length === 0;
}

/** A z.object that strips unknown keys (what createShapeReader reads), with no refinements of its own. */
function isPlainObject(schema: z.ZodType): schema is z.ZodObject {
  return schema instanceof z.ZodObject && schema.def.catchall === undefined && (schema.def.checks ?? []).length === 0;
}

function readerOf(schema: z.ZodType): ValueReader {
  if (schema === wireFlag) return { kind: 'flag', schema };
  if (schema === wireNumberOrZero) return { kind: 'numberOrZero', schema };
  if (isPlainString(schema)) return { kind: 'string', schema };
  if (schema instanceof z.ZodNullable && isPlainString(schema.unwrap() as z.ZodType)) return { kind: 'nullableString', schema };
  // A list of plain objects (send_to_audio_mixes, on every participant of a sync): each read like a participant.
  if (schema instanceof z.ZodArray && (schema.def.checks ?? []).length === 0 && isPlainObject(schema.element as z.ZodType)) {
    const read = createShapeReader(schema.element as z.ZodObject);
    return { kind: 'objects', schema, element: (value) => read(value) ?? refused };
  }
  if (schema instanceof z.ZodUnion && !('discriminator' in schema.def)) {
    const options = (schema.options as readonly z.ZodType[]).map(readerOf);
    if (options.every((option) => option.kind !== 'schema')) return { kind: 'union', schema, options };
  }
  return { kind: 'schema', schema };
}

/** What a field read answers for a value its schema would refuse (no result object per field: 200,000 in a sync). */
const refused = Symbol('refused');

function readField(field: ValueReader, value: unknown): unknown {
  switch (field.kind) {
    case 'flag':
      return isWireFlag(value) ? wireFlagValue(value) : refused;
    case 'numberOrZero':
      return value === null ? 0 : isWireNumber(value) ? Number(value) : refused;
    case 'string':
      return typeof value === 'string' ? value : refused;
    case 'nullableString':
      return value === null || typeof value === 'string' ? value : refused;
    case 'objects': {
      if (!Array.isArray(value) || !field.element) return refused;
      const read: unknown[] = [];
      for (const element of value) {
        const item = field.element(element);
        if (item === refused) return refused;
        read.push(item);
      }
      return read;
    }
    case 'union': {
      for (const option of field.options ?? []) {
        const read = readField(option, value);
        if (read !== refused) return read;
      }
      return refused;
    }
    case 'schema': {
      const parsed = field.schema.safeParse(value);
      return parsed.success ? parsed.data : refused;
    }
  }
}

/** Reads a value as `schema` would, or answers null when zod must decide (the value is then refused or unusual). */
export type ShapeReader<S extends z.ZodObject> = (value: unknown) => z.output<S> | null;

export function createShapeReader<S extends z.ZodObject>(schema: S): ShapeReader<S> {
  // Only plain z.object (unknown keys stripped) is read like zod reads it.
  if (schema.def.catchall !== undefined) throw new Error('createShapeReader reads only z.object schemas that strip unknown keys');
  const fields: FieldReader[] = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => {
    const optional = field instanceof z.ZodOptional;
    const inner = optional ? (field.unwrap() as z.ZodType) : field;
    return { key, optional, ...readerOf(inner) };
  });
  // A key Object.prototype also has would read as inherited when absent: such schemas are zod's.
  if (fields.some(({ key }) => key in Object.prototype)) throw new Error('createShapeReader reads no keys Object.prototype has');
  // Every field already in place (filled below), so no read adds properties one by one: adding ~45
  // to a fresh object through a variable key is what made a generic reader slow.
  const template: Record<string, unknown> = Object.fromEntries(fields.map(({ key }) => [key, undefined]));
  return (value) => {
    // Only what JSON.parse makes: then a key read finds an own property or nothing (none is Object.prototype's).
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return null;
    const record = value as Record<string, unknown>;
    const output = { ...template };
    let absent: string[] | null = null;
    for (const field of fields) {
      const given = record[field.key];
      if (given === undefined) {
        // Absent: fine when optional (an own key holding undefined is not JSON's: zod decides).
        if (!field.optional || Object.hasOwn(record, field.key)) return null;
        (absent ??= []).push(field.key);
        continue;
      }
      const read = readField(field, given);
      if (read === refused) return null;
      output[field.key] = read;
    }
    // Zod leaves absent keys out of its output; so does this.
    if (absent) for (const key of absent) Reflect.deleteProperty(output, key);
    // Every field passed what its schema checks, converted as its schema converts.
    return output as z.output<S>;
  };
}
