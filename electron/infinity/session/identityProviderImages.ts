// Identity providers' pictures: the node names them as http(s) URLs, which the renderer's
// Content-Security-Policy (img-src 'self' data: blob:) rightly refuses to load. The core fetches
// each one instead (no redirects, a size cap, a deadline) and hands the renderer a data: URL, but
// only of bytes that are plainly a PNG, JPEG, GIF or WebP picture (never SVG or anything else
// that is markup). A picture that cannot be fetched is left out; the provider's name stays.
import type { IdentityProvider } from '../../shared/coreCommands';
import { readBoundedBytes } from '../http/boundedResponses';
import { withTimeout } from '../http/infinityFetch';
import type { JoinFailure } from './joinOutcome';

/** A button's picture; far above any logo, far below anything that could hurt. */
export const maxProviderImageBytes = 256 * 1024;
const fetchTimeoutMs = 5_000;

type PictureType = 'png' | 'jpeg' | 'gif' | 'webp';

/** The picture format from the first bytes (the node's content-type is not trusted). */
export function pictureTypeOf(bytes: Uint8Array): PictureType | null {
  const starts = (...prefix: number[]) => prefix.every((value, index) => bytes[index] === value);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'gif';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/** https anywhere; plain http only from the node's own origin (a node reached over http, like a local test node). */
function fetchableUrl(img: string, nodeBaseUrl: string): URL | null {
  let url: URL;
  try {
    url = new URL(img);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  if (url.protocol === 'https:') return url;
  return url.protocol === 'http:' && url.origin === new URL(nodeBaseUrl).origin ? url : null;
}

async function pictureAsDataUrl(url: URL, fetch: typeof globalThis.fetch): Promise<string | null> {
  try {
    const response = await fetch(url, { ...withTimeout(fetchTimeoutMs), headers: { accept: 'image/png, image/jpeg, image/gif, image/webp' } });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => undefined);
      return null;
    }
    const bytes = await readBoundedBytes(response, maxProviderImageBytes);
    const type = pictureTypeOf(bytes);
    return type ? `data:image/${type};base64,${Buffer.from(bytes).toString('base64')}` : null;
  } catch {
    return null;
  }
}

// A sign-in asks for the same pictures more than once (the first request_token, then again after a
// provider is chosen): the pictures fetched are kept a while, per fetch (one per meeting service).
const keptPictures = new WeakMap<typeof globalThis.fetch, Map<string, { dataUrl: string; until: number }>>();
const keptPictureMs = 10 * 60_000;
const keptPicturesPerFetch = 32;

async function keptPictureAsDataUrl(url: URL, fetch: typeof globalThis.fetch, now = Date.now()): Promise<string | null> {
  let kept = keptPictures.get(fetch);
  if (!kept) keptPictures.set(fetch, (kept = new Map()));
  const known = kept.get(url.href);
  if (known && known.until > now) return known.dataUrl;
  const dataUrl = await pictureAsDataUrl(url, fetch);
  if (dataUrl !== null) {
    kept.delete(url.href);
    kept.set(url.href, { dataUrl, until: now + keptPictureMs });
    // The oldest goes first once the list is full.
    for (const oldest of kept.keys()) {
      if (kept.size <= keptPicturesPerFetch) break;
      kept.delete(oldest);
    }
  }
  return dataUrl;
}

/** The providers with every http(s) picture replaced by a data: URL of its bytes, or left out. */
export async function inlineProviderImages(
  providers: readonly IdentityProvider[],
  fetch: typeof globalThis.fetch,
  nodeBaseUrl: string,
): Promise<IdentityProvider[]> {
  return Promise.all(
    providers.map(async (provider) => {
      const { img, ...rest } = provider;
      if (img === undefined || img.startsWith('data:image/')) return provider;
      const url = fetchableUrl(img, nodeBaseUrl);
      const inlined = url ? await keptPictureAsDataUrl(url, fetch) : null;
      return inlined === null ? rest : { ...rest, img: inlined };
    }),
  );
}

/** A failed join, with the pictures of an sso_required's providers made showable. */
export async function withShowableProviderImages(error: JoinFailure, fetch: typeof globalThis.fetch, nodeBaseUrl: string): Promise<JoinFailure> {
  if (error.code !== 'sso_required') return error;
  return { ...error, identityProviders: await inlineProviderImages(error.identityProviders, fetch, nodeBaseUrl) };
}
