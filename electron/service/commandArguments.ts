// Parses an untrusted command argument with the contract's schema for it.
import type { z } from 'zod';
import type { CommandName } from '../shared/bridge';
import { commandArgumentSchemas, type ParsedArgument } from '../shared/commandArguments';
import { summarizeIssues } from '../infinity';

export type { ParsedArgument };

export type ArgumentCheck<K extends CommandName> = { ok: true; value: ParsedArgument<K> } | { ok: false; issue: string };

/** Parses an untrusted command argument; the issue names paths only, never values. */
export function parseCommandArgument<K extends CommandName>(command: K, arg: unknown): ArgumentCheck<K> {
  // Indexing the map by a generic key loses the per-command pairing; it is restored here.
  const schema = commandArgumentSchemas[command] as unknown as z.ZodType<ParsedArgument<K>>;
  const result = schema.safeParse(arg);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issue: summarizeIssues(result.error, '(argument)') };
}
