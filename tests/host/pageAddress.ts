// The browser host's page address with a query, keeping the secret fragment the host printed.
// On its own (no imports) so the Playwright fixtures can use it without loading the host.

/** `pageUrl` (with its secret fragment) carrying `query` ("?node=..." or ""). */
export function withPageQuery(pageUrl: string, query: string): string {
  const url = new URL(pageUrl);
  url.search = query;
  return url.href;
}
