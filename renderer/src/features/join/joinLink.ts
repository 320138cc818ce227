// Join details from the page URL: ?node=&alias=&name=&pin=&join=1, and the join choices
// (&muteMicrophone=1&muteCamera=1&callType=audio|none|presentation) as in Pexip's links.
import { readJoinChoices, type JoinChoices } from './joinChoices';

export interface JoinLink {
  node: string | null;
  alias: string | null;
  name: string | null;
  pin: string | null;
  /** join=1: join at once, without waiting for the user. */
  autoJoin: boolean;
  choices: JoinChoices;
}

export function readJoinLink(search: string): JoinLink {
  const params = new URLSearchParams(search);
  return {
    node: params.get('node'),
    alias: params.get('alias'),
    name: params.get('name'),
    pin: params.get('pin'),
    autoJoin: params.get('join') === '1',
    choices: readJoinChoices(params),
  };
}

/** The URL without its pin parameter, so the PIN does not stay in the address or history. */
export function withoutPin(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has('pin')) return null;
  url.searchParams.delete('pin');
  return url.toString();
}
