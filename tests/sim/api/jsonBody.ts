// Reads and validates a JSON request body against a zod schema; a bad body is a 400.
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { readJsonBody } from '../http/requestBody';
import { failed, type JsonReply } from '../http/respond';

export type ParsedBody<T> = { ok: true; value: T } | { ok: false; reply: JsonReply };

export async function parseBody<T>(req: IncomingMessage, schema: z.ZodType<T>, what = 'request'): Promise<ParsedBody<T>> {
  const body = await readJsonBody(req);
  const parsed = body.ok ? schema.safeParse(body.value ?? {}) : undefined;
  if (!parsed?.success) return { ok: false, reply: failed(400, `Invalid ${what}`) };
  return { ok: true, value: parsed.data };
}
