import { describe, expect, it } from 'vitest';
import {
  inlineProviderImages,
  maxProviderImageBytes,
  pictureTypeOf,
  withShowableProviderImages,
} from '../../../../../electron/infinity/session/identityProviderImages';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
const node = 'https://node.example.com';

/** A fetch serving `pages` by URL and recording what was asked. */
function serving(pages: Record<string, { status?: number; body: Uint8Array; type?: string }>) {
  const asked: string[] = [];
  const fetch = ((input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input);
    asked.push(url);
    const page = pages[url];
    if (!page) return Promise.reject(new TypeError('fetch failed'));
    return Promise.resolve(new Response(page.body, { status: page.status ?? 200, headers: { 'content-type': page.type ?? 'image/png' } }));
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('pictureTypeOf', () => {
  it('knows PNG, JPEG, GIF and WebP by their first bytes, and nothing else', () => {
    expect(pictureTypeOf(png)).toBe('png');
    expect(pictureTypeOf(jpeg)).toBe('jpeg');
    expect(pictureTypeOf(new TextEncoder().encode('GIF89a....'))).toBe('gif');
    expect(pictureTypeOf(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(pictureTypeOf(svg)).toBeNull();
    expect(pictureTypeOf(new TextEncoder().encode('<html><img src=x onerror=alert(1)>'))).toBeNull();
    expect(pictureTypeOf(new Uint8Array())).toBeNull();
  });
});

describe('inlineProviderImages', () => {
  it('fetches a picture once for a sign-in that asks twice, and again for one that failed', async () => {
    const { fetch, asked } = serving({ 'https://idp.example/kept.png': { body: png } });
    const providers = [
      { uuid: 'a', name: 'A', img: 'https://idp.example/kept.png' },
      { uuid: 'b', name: 'B', img: 'https://idp.example/missing.png' },
    ];
    const first = await inlineProviderImages(providers, fetch, node);
    const second = await inlineProviderImages(providers, fetch, node);
    expect(second).toEqual(first);
    expect(first[0]?.img).toMatch(/^data:image\/png;base64,/);
    expect(asked.filter((url) => url.endsWith('kept.png'))).toHaveLength(1);
    expect(asked.filter((url) => url.endsWith('missing.png'))).toHaveLength(2);
  });

  it('turns an https picture into a data: URL of its bytes', async () => {
    const { fetch } = serving({ 'https://idp.example/logo.png': { body: png } });
    const [provider] = await inlineProviderImages([{ uuid: 'a', name: 'A', img: 'https://idp.example/logo.png' }], fetch, node);
    expect(provider).toEqual({ uuid: 'a', name: 'A', img: `data:image/png;base64,${Buffer.from(png).toString('base64')}` });
  });

  it('names the type from the bytes, not from what the server claims', async () => {
    const { fetch } = serving({ 'https://idp.example/a': { body: jpeg, type: 'image/png' }, 'https://idp.example/b': { body: svg, type: 'image/png' } });
    const providers = await inlineProviderImages(
      [
        { uuid: 'a', name: 'A', img: 'https://idp.example/a' },
        { uuid: 'b', name: 'B', img: 'https://idp.example/b' },
      ],
      fetch,
      node,
    );
    expect(providers[0]?.img).toMatch(/^data:image\/jpeg;base64,/);
    // Markup is never handed on, whatever its content-type: the provider keeps its name only.
    expect(providers[1]).toEqual({ uuid: 'b', name: 'B' });
  });

  it('leaves out a picture that is too large, missing or unreachable, and keeps the provider', async () => {
    const big = new Uint8Array(maxProviderImageBytes + 1);
    big.set(png);
    const { fetch } = serving({ 'https://idp.example/big.png': { body: big }, 'https://idp.example/gone.png': { status: 404, body: png } });
    const providers = await inlineProviderImages(
      [
        { uuid: 'a', name: 'A', img: 'https://idp.example/big.png' },
        { uuid: 'b', name: 'B', img: 'https://idp.example/gone.png' },
        { uuid: 'c', name: 'C', img: 'https://unreachable.example/logo.png' },
      ],
      fetch,
      node,
    );
    expect(providers).toEqual([
      { uuid: 'a', name: 'A' },
      { uuid: 'b', name: 'B' },
      { uuid: 'c', name: 'C' },
    ]);
  });

  it('fetches plain http only from the node\'s own origin, and never a URL with credentials', async () => {
    const { fetch, asked } = serving({ 'http://127.0.0.1:18080/idp/logo.jpg': { body: jpeg }, 'http://tracker.example/p.png': { body: png } });
    const providers = await inlineProviderImages(
      [
        { uuid: 'a', name: 'A', img: 'http://127.0.0.1:18080/idp/logo.jpg' },
        { uuid: 'b', name: 'B', img: 'http://tracker.example/p.png' },
        { uuid: 'c', name: 'C', img: 'https://user:secret@idp.example/p.png' },
      ],
      fetch,
      'http://127.0.0.1:18080',
    );
    expect(providers[0]?.img).toMatch(/^data:image\/jpeg;base64,/);
    expect(providers.slice(1)).toEqual([
      { uuid: 'b', name: 'B' },
      { uuid: 'c', name: 'C' },
    ]);
    expect(asked).toEqual(['http://127.0.0.1:18080/idp/logo.jpg']);
  });

  it('passes a data:image picture through without fetching', async () => {
    const { fetch, asked } = serving({});
    const img = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    expect(await inlineProviderImages([{ uuid: 'a', name: 'A', img }, { uuid: 'b', name: 'B' }], fetch, node)).toEqual([
      { uuid: 'a', name: 'A', img },
      { uuid: 'b', name: 'B' },
    ]);
    expect(asked).toEqual([]);
  });
});

describe('withShowableProviderImages', () => {
  it('changes only an sso_required\'s providers', async () => {
    const { fetch, asked } = serving({ 'https://idp.example/logo.png': { body: png } });
    const pinError = { code: 'pin_required', message: 'PIN', hostPin: 'required', guestPin: 'none' } as const;
    expect(await withShowableProviderImages(pinError, fetch, node)).toBe(pinError);
    const sso = await withShowableProviderImages(
      { code: 'sso_required', message: 'Sign in', identityProviders: [{ uuid: 'a', name: 'A', img: 'https://idp.example/logo.png' }] },
      fetch,
      node,
    );
    expect(sso).toMatchObject({ code: 'sso_required', identityProviders: [{ uuid: 'a', img: expect.stringMatching(/^data:image\/png;base64,/) as unknown }] });
    expect(asked).toHaveLength(1);
  });
});
