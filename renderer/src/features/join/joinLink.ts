// Join details from the page URL: ?node=&alias=&name=&pin=&join=1
export interface JoinLink {
  node: string | null;
  alias: string | null;
  name: string | null;
  pin: string | null;
  /** join=1: join at once, without waiting for the user. */
  autoJoin: boolean;
}

export function readJoinLink(search: string): JoinLink {
  const params = new URLSearchParams(search);
  return {
    node: params.get('node'),
    alias: params.get('alias'),
    name: params.get('name'),
    pin: params.get('pin'),
    autoJoin: params.get('join') === '1',
  };
}

/** The URL without its pin parameter, so the PIN does not stay in the address or history. */
export function withoutPin(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has('pin')) return null;
  url.searchParams.delete('pin');
  return url.toString();
}
