// Finds the Pexip meeting in a calendar event: a parley:// link, a Pexip web app URL, an
// alias@domain (or sip:alias@domain), or a bare alias on the configured node. Event text is
// untrusted: everything is bounded, and what does not look like a meeting is simply not one.

export interface CalendarMeeting {
  /** null: the room's configured node. */
  node: string | null;
  alias: string;
  pin?: string;
}

export interface MeetingTexts {
  location?: string;
  description?: string;
  /** The event's URL property. */
  url?: string;
}

const maxTextLength = 16_384;
const aliasPattern = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$/;
const domainPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,63}$|^localhost$/;
const pinPattern = /^\d{1,20}$/;

function meeting(node: string | null, alias: string | null, pin: string | null): CalendarMeeting | null {
  if (!alias) return null;
  const decoded = alias.trim();
  if (!aliasPattern.test(decoded) && !/^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$/.test(decoded)) return null;
  const found: CalendarMeeting = { node, alias: decoded };
  if (pin && pinPattern.test(pin)) found.pin = pin;
  return found;
}

/** parley://join?node=<node>&alias=<alias>[&pin=<pin>], or parley://<alias>@<domain>. */
function fromParleyLink(link: string): CalendarMeeting | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'parley:') return null;
  const alias = url.searchParams.get('alias') ?? url.searchParams.get('conference');
  if (alias) return meeting(url.searchParams.get('node'), alias, url.searchParams.get('pin'));
  if (url.username && url.hostname) return fromAliasAtDomain(`${decodeURIComponent(url.username)}@${url.hostname}`);
  return null;
}

/**
 * The Pexip web app's links: https://<node>/webapp/#/?conference=<alias>&pin=…, …/webapp/?conference=…,
 * https://<node>/webapp[2|3]/m/<alias>[/…], https://<node>/webapp/conference/<alias>.
 */
function fromWebAppUrl(link: string): CalendarMeeting | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!/^\/webapp\d?(\/|$)/.test(url.pathname)) return null;
  const hashQuery = url.hash.includes('?') ? new URLSearchParams(url.hash.slice(url.hash.indexOf('?') + 1)) : null;
  const param = (name: string) => url.searchParams.get(name) ?? hashQuery?.get(name) ?? null;
  const pathAlias = /^\/webapp\d?\/(?:m|conference)\/([^/?#]+)/.exec(url.pathname)?.[1];
  let alias = param('conference') ?? null;
  if (!alias && pathAlias) {
    try {
      alias = decodeURIComponent(pathAlias);
    } catch {
      return null;
    }
  }
  return meeting(url.origin, alias, param('pin'));
}

function fromAliasAtDomain(text: string): CalendarMeeting | null {
  const at = text.lastIndexOf('@');
  const alias = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  if (at <= 0 || !aliasPattern.test(alias) || !domainPattern.test(domain)) return null;
  return { node: domain, alias: `${alias}@${domain}` };
}

const linkPattern = /(?:parley:\/\/|https?:\/\/)[^\s<>"')\]]+/gi;
const addressPattern = /(?:^|[\s<(:;,])((?:sip:)?[A-Za-z0-9][A-Za-z0-9._+-]*@[A-Za-z0-9.-]+)/gi;

function linksIn(text: string): string[] {
  return [...text.matchAll(linkPattern)].map((match) => match[0].replace(/[.,;]+$/, ''));
}

function firstMeetingLink(text: string): CalendarMeeting | null {
  const links = linksIn(text);
  for (const link of links) {
    const found = link.toLowerCase().startsWith('parley:') ? fromParleyLink(link) : null;
    if (found) return found;
  }
  for (const link of links) {
    const found = fromWebAppUrl(link);
    if (found) return found;
  }
  return null;
}

/** alias@domain anywhere in the text, or only sip:alias@domain when `sipOnly` (descriptions name people by e-mail). */
function firstAddress(text: string, sipOnly: boolean): CalendarMeeting | null {
  for (const match of text.matchAll(addressPattern)) {
    const address = match[1] ?? '';
    const isSip = address.toLowerCase().startsWith('sip:');
    if (sipOnly && !isSip) continue;
    const found = fromAliasAtDomain(isSip ? address.slice(4) : address);
    if (found) return found;
  }
  return null;
}

/** A location that is one word that looks like an alias (has a dot, or is all digits): "meet.alice", "4711". */
function bareAlias(location: string): CalendarMeeting | null {
  const word = location.trim();
  if (!aliasPattern.test(word) || !(word.includes('.') || /^\d+$/.test(word))) return null;
  return { node: null, alias: word };
}

/** The event's Pexip meeting, in order: links (parley://, then web app), alias@domain, bare alias; else null. */
export function findMeeting(texts: MeetingTexts): CalendarMeeting | null {
  const location = (texts.location ?? '').slice(0, maxTextLength);
  const description = (texts.description ?? '').slice(0, maxTextLength);
  const url = (texts.url ?? '').slice(0, maxTextLength);
  const linkText = [url, location, description].join('\n');
  return firstMeetingLink(linkText) ?? firstAddress(location, false) ?? firstAddress(description, true) ?? bareAlias(location);
}
