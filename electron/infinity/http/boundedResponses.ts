// Two guards on every request to a node. Redirects are not followed: undici would carry the
// `token` and `pin` headers to whatever origin a 30x names, so a 30x reaches the caller as the
// answer it is (and is reported as a refusal). Bodies are read only up to a limit, so a node
// cannot make the main process buffer an endless answer.
export class ResponseTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`The meeting server's answer was larger than ${limitBytes} bytes.`);
    this.name = 'ResponseTooLarge';
  }
}

/** JSON answers (participant lists of big meetings included) stay well under this. */
export const maxJsonBodyBytes = 4 * 1024 * 1024;
/** Presentation stills, avatars and theme images. */
export const maxImageBodyBytes = 16 * 1024 * 1024;

/** `base`, with redirects handed back instead of followed, whatever the caller asked. */
export function refuseRedirects(base: typeof fetch): typeof fetch {
  return (input, init) => base(input, { ...init, redirect: 'manual' });
}

/** Reads a body up to `limitBytes`, cancelling the transfer and throwing ResponseTooLarge beyond. */
export async function readBoundedBytes(response: Response, limitBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limitBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLarge(limitBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export async function readBoundedText(response: Response, limitBytes: number = maxJsonBodyBytes): Promise<string> {
  return new TextDecoder().decode(await readBoundedBytes(response, limitBytes));
}
