// Reads a request body as JSON. An empty body is `undefined`; malformed JSON is reported, not thrown.
import type { IncomingMessage } from 'node:http';

const MAX_BODY_BYTES = 1024 * 1024; // SDP offers are a few KB; anything this big is a mistake

export type BodyResult = { ok: true; value: unknown } | { ok: false; reason: string };

export async function readJsonBody(req: IncomingMessage): Promise<BodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk instanceof Buffer ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return { ok: false, reason: 'Request body too large' };
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'Malformed JSON body' };
  }
}
