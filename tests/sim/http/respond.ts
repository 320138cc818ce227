// JSON replies in Infinity's envelope: {status, result}. Handlers return these; the server writes them.
import type { ServerResponse } from 'node:http';

export interface JsonReply {
  status: number;
  body: unknown;
}

export function success(result: unknown, status = 200): JsonReply {
  return { status, body: { status: 'success', result } };
}

export function failed(status: number, result: unknown): JsonReply {
  return { status, body: { status: 'failed', result } };
}

export function notFound(): JsonReply {
  return failed(404, '404 Not Found');
}

export function writeJson(res: ServerResponse, reply: JsonReply): void {
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Writes a non-JSON answer (images, HTML, an empty 204). */
export function writeBody(res: ServerResponse, status: number, contentType: string | undefined, body: Buffer | string): void {
  const headers: Record<string, string | number> = { 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) };
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  res.writeHead(status, headers);
  res.end(body);
}
