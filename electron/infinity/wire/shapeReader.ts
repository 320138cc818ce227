// A fast reader for a zod object schema of node data: the field kinds Infinity sends thousands of
// (flags, numbers, plain strings) are checked with the same functions their zod schemas use, in one
// loop, instead of through zod's per-field pipes; any other field goes through its own zod schema.
// A 5,000-person participant_sync reads 5,000 participants with ~45 fields each, and zod's pipes
// cost most of the sync's CPU in the core. The reader only says yes or "ask zod": when any field
// does not pass, the caller runs the whole schema, so what is refused, and the issue given, is zod's.
import { z } from 'zod';
import { isWireFlag, isWireNumber, wireFlag, wireFlagValue, wireNumberOrZero } from './wireValues';

/** What a field reader answers for a value its schema would refuse (no object per field read: 200,000 in a sync). */
const refused = Symbol('refused');

interface FieldReader {
  key: string;
  optional: boolean;
  /** The value as the field's schema outputs it, or `refused`. */
  read(value: unknown): unknown;
}

/** A z.string() with no checks (no min, regex, ...): any string passes. */
function isPlainString(schema: z.ZodType): boolean {
  return schema instanceof z.ZodString && (schema.def.checks ?? []).length === 0;
}

function readerFor(schema: z.ZodType): FieldReader['read'] {
  if (schema === wireFlag) return (value) => (isWireFlag(value) ? wireFlagValue(value) : refused);
  if (schema === wireNumberOrZero) return (value) => (value === null ? 0 : isWireNumber(value) ? Number(value) : refused);
  if (isPlainString(schema)) return (value) => (typeof value === 'string' ? value : refused);
  if (schema instanceof z.ZodNullable && isPlainString(schema.unwrap() as z.ZodType)) {
    return (value) => (value === null || typeof value === 'string' ? value : refused);
  }
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : refused;
  };
}

/** Reads a value as `schema` would, or answers null when zod must decide (the value is then refused or unusual). */
export type ShapeReader<S extends z.ZodObject> = (value: unknown) => z.output<S> | null;

export function createShapeReader<S extends z.ZodObject>(schema: S): ShapeReader<S> {
  // Only plain z.object (unknown keys stripped) is read like zod reads it.
  if (schema.def.catchall !== undefined) throw new Error('createShapeReader reads only z.object schemas that strip unknown keys');
  const fields: FieldReader[] = Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, field]) => {
    const optional = field instanceof z.ZodOptional;
    return { key, optional, read: readerFor(optional ? (field.unwrap() as z.ZodType) : field) };
  });
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const output: Record<string, unknown> = {};
    for (const { key, optional, read } of fields) {
      if (!Object.hasOwn(value, key)) {
        // Absent: fine when optional; an inherited key (not JSON's doing) is left to zod.
        if (optional && !(key in value)) continue;
        return null;
      }
      const field: unknown = (value as Record<string, unknown>)[key];
      if (field === undefined) return null;
      const fieldValue = read(field);
      if (fieldValue === refused) return null;
      output[key] = fieldValue;
    }
    // Every field passed what its schema checks, converted as its schema converts.
    return output as z.output<S>;
  };
}
