// The renderer's Content-Security-Policy, sent as a response header by the app:// handler and the
// browser host: a header is in force before any byte of the page is parsed, and covers what a <meta>
// cannot (frame-ancestors). renderer/index.html carries the same directives as a <meta>; a unit test
// keeps them equal. Styles: only the app's own style sheets for <style>/<link> elements; inline
// style attributes stay allowed because Vue binds :style (positions, sizes) through them.
export const rendererPolicyDirectives = [
  "default-src 'self'",
  // RNNoise's wasm (compiled in the audio worklet) needs wasm compilation, nothing else.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "style-src-elem 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** The <meta http-equiv> text (frame-ancestors is ignored there). */
export const rendererMetaPolicy = rendererPolicyDirectives.join('; ');

/** The response header: the same, and no page may frame the app. */
export const rendererContentSecurityPolicy = [...rendererPolicyDirectives, "frame-ancestors 'none'"].join('; ');

/** The headers every renderer response carries. */
export const rendererSecurityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': rendererContentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
};

/** The one change `npm run dev` needs: Vite's dev server injects each style sheet as a <style> element. */
export function allowInlineStyleElements(policy: string): string {
  return policy.replace("style-src-elem 'self'", "style-src-elem 'self' 'unsafe-inline'");
}

/** The headers of a page from the dev server (`npm run dev`); never used for built files. */
export const developmentSecurityHeaders: Readonly<Record<string, string>> = {
  ...rendererSecurityHeaders,
  'Content-Security-Policy': allowInlineStyleElements(rendererContentSecurityPolicy),
};
