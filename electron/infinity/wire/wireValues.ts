// Infinity's spellings of flags and numbers, normalised in one place: flags arrive as JSON booleans,
// "YES"/"NO" or "True"/"False" (any case), numbers as JSON numbers or decimal strings ("120").
import { z } from 'zod';

const flagSpelling = /^(yes|no|true|false)$/i;
const onSpelling = /^(yes|true)$/i;
const decimalSpelling = /^-?\d+(\.\d+)?$/;

// One check each rather than a union: a participant carries some 25 flags and a 5,000-person sync
// validates them all, and a union's failed first branch costs an issue per string-spelled flag.
// The checks and conversions are plain functions too, so shapeReader.ts applies exactly these.

export function isWireFlag(value: unknown): value is boolean | string {
  return typeof value === 'boolean' || (typeof value === 'string' && flagSpelling.test(value));
}

export function wireFlagValue(value: boolean | string): boolean {
  return typeof value === 'boolean' ? value : onSpelling.test(value);
}

export function isWireNumber(value: unknown): value is number | string {
  return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && decimalSpelling.test(value));
}

/** A flag in any of Infinity's spellings, as a boolean; anything else is refused. */
export const wireFlag = z.custom<boolean | string>(isWireFlag, { message: 'expected a flag (true/false, YES/NO)' }).transform(wireFlagValue);

/** A number sent as a JSON number or as a decimal string. */
export const wireNumber = z.custom<number | string>(isWireNumber, { message: 'expected a number' }).transform(Number);

/** A number the node may leave null (no buzz, no spotlight): null reads as 0. */
export const wireNumberOrZero = wireNumber.nullable().transform((value) => value ?? 0);

/** The flag at `key` of an unvalidated record; false when the record, key or spelling is missing. */
export function wireFlagIn(record: unknown, key: string): boolean {
  if (record === null || typeof record !== 'object' || !Object.hasOwn(record, key)) return false;
  const parsed = wireFlag.safeParse((record as Record<string, unknown>)[key]);
  return parsed.success && parsed.data;
}
