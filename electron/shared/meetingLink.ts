// Meeting links from outside Parley: parley://join?..., parley://open?url=<Pexip web app link>, a
// Pexip web app address (https://<node>/<path>/#/?conference=<alias>&...) pasted or dropped, and
// (when the setting allows it) Pexip's own pexip: scheme. A link is untrusted input: every
// parameter is validated, unknown ones are ignored, and http:// nodes are accepted only on this
// computer. The result is the join screen's own query (node, alias, name, pin, join choices and
// join=1), so a link joins exactly the way the renderer's start-up query does.

export interface MeetingLinkOptions {
  /** Accept Pexip's pexip: scheme (a setting, off by default). */
  pexipScheme: boolean;
}

/** A link's validated details. */
export interface MeetingLinkDetails {
  /** "https://host[:port]" (or "http://" for this computer only); null when the link names none. */
  node: string | null;
  alias: string;
  name: string | null;
  pin: string | null;
  role: 'host' | 'guest' | null;
  muteMicrophone: boolean;
  muteCamera: boolean;
  callType: 'video' | 'audio' | 'none' | 'presentation' | null;
}

/** `problem` is the English (logs, older renderers); `code` the same for the renderer to translate. */
export type MeetingLinkResult = { ok: true; link: MeetingLinkDetails } | { ok: false; problem: string; code: MeetingLinkProblem };

/** What each problem says in English. */
export const linkProblems = {
  tooLong: 'This meeting link is too long.',
  notALink: 'This is not a meeting link.',
  pexipOff: 'Parley is set not to open pexip: links (see Settings).',
  noAddress: 'This Parley link names no meeting address.',
  badAddress: 'The meeting address in this link is not valid.',
  unknownKind: 'Parley does not know this kind of link.',
  noConference: 'This address is not a Pexip meeting link (it names no conference).',
  pexipNoMeeting: 'This pexip: link names no meeting.',
  noMeeting: 'This link names no meeting.',
  badMeeting: 'The meeting named in this link is not valid.',
  noNode: 'This link names no conferencing node.',
  badName: 'The name in this link is not valid.',
  badPin: 'The PIN in this link is not valid (a PIN is digits only).',
  badNode: 'The conferencing node in this link is not a valid address.',
  unencryptedNode: 'This link asks for an unencrypted (http://) connection to another computer; Parley only uses https:// for that.',
} as const;

/** Why a link was not opened, as a code the renderer translates (links.problems.<code>). */
export type MeetingLinkProblem = keyof typeof linkProblems;


export const meetingLinkLimits = { alias: 256, name: 256, pin: 32, url: 4096 } as const;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
// A DNS name or an IP literal: letters, digits, dots, hyphens (an IPv6 literal keeps its brackets).
const hostPattern = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$|^\[[0-9a-f:.]+\]$/i;
// Printable text only: no control characters (C0, DEL, C1) nor bidirectional overrides.
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const unsafeText = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const pinPattern = /^[0-9]{1,32}#?$/;
const callTypes: Readonly<Record<string, MeetingLinkDetails['callType']>> = {
  video: 'video',
  'video-only': 'video',
  audio: 'audio',
  audioonly: 'audio',
  none: 'none',
  presentation: 'presentation',
};

const refuse = (code: MeetingLinkProblem): MeetingLinkResult => ({ ok: false, problem: linkProblems[code], code });

/** Reads any supported link; `problem` says in words what is wrong with one that is not. */
export function parseMeetingLink(text: string, options: MeetingLinkOptions = { pexipScheme: false }): MeetingLinkResult {
  const trimmed = text.trim();
  if (trimmed.length > meetingLinkLimits.url) return refuse('tooLong');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return refuse('notALink');
  }
  switch (url.protocol) {
    case 'parley:':
      return parseParleyLink(url);
    case 'https:':
    case 'http:':
      return parseWebAppLink(url);
    case 'pexip:':
      return options.pexipScheme ? parsePexipLink(trimmed) : refuse('pexipOff');
    default:
      return refuse('notALink');
  }
}

/** Whether `text` looks like a link at all (worth a problem message), rather than a meeting alias. */
export function looksLikeMeetingLink(text: string): boolean {
  return /^(parley|pexip|https?):/i.test(text.trim());
}

function parseParleyLink(url: URL): MeetingLinkResult {
  // parley://join?... has host "join"; parley:join?... has it as the path.
  const action = (url.host || url.pathname).replace(/\/+$/, '').toLowerCase();
  if (action === 'join') return detailsFrom(url.searchParams, url.searchParams.get('node'), 'alias');
  if (action === 'open') {
    const inner = url.searchParams.get('url');
    if (!inner) return refuse('noAddress');
    let target: URL;
    try {
      target = new URL(inner);
    } catch {
      return refuse('badAddress');
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') return refuse('badAddress');
    return parseWebAppLink(target);
  }
  return refuse('unknownKind');
}

/** https://<node>/<path>/#/?conference=... (the web app's hash route), or ?conference= in the query. */
function parseWebAppLink(url: URL): MeetingLinkResult {
  const hash = url.hash.replace(/^#\/?/, '');
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(hashQuery);
  // Older web app links carry the parameters in the query; the hash route wins where both do.
  for (const [key, value] of url.searchParams) if (!params.has(key)) params.set(key, value);
  if (!params.get('conference')) return refuse('noConference');
  return detailsFrom(params, url.origin, 'conference');
}

/** pexip://alias@domain?name=... or pexip:alias@domain: the domain finds the node. */
function parsePexipLink(text: string): MeetingLinkResult {
  const rest = text.replace(/^pexip:(\/\/)?/i, '');
  const question = rest.indexOf('?');
  const target = decodeSafely(question >= 0 ? rest.slice(0, question) : rest)?.replace(/\/+$/, '') ?? '';
  const params = new URLSearchParams(question >= 0 ? rest.slice(question + 1) : '');
  if (!target) return refuse('pexipNoMeeting');
  params.set('conference', target);
  return detailsFrom(params, null, 'conference');
}

function decodeSafely(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function detailsFrom(params: URLSearchParams, rawNode: string | null, aliasKey: 'alias' | 'conference'): MeetingLinkResult {
  const node = rawNode === null || rawNode.trim() === '' ? { ok: true as const, node: null } : checkNode(rawNode);
  if (!node.ok) return refuse(node.code);
  const alias = (params.get(aliasKey) ?? '').trim();
  if (!alias) return refuse('noMeeting');
  if (alias.length > meetingLinkLimits.alias || unsafeText.test(alias)) return refuse('badMeeting');
  // alias@domain finds its node through the domain, so a link may leave the node out.
  if (node.node === null && !alias.includes('@')) return refuse('noNode');

  const name = optionalText(params.get('name'), meetingLinkLimits.name);
  if (name === undefined) return refuse('badName');
  const pin = params.get('pin')?.trim() ?? '';
  if (pin && !pinPattern.test(pin)) return refuse('badPin');
  const role = params.get('role')?.trim().toLowerCase() ?? '';
  const callType = params.get('callType')?.trim().toLowerCase() ?? '';
  return {
    ok: true,
    link: {
      node: node.node,
      alias,
      name,
      pin: pin || null,
      // Unknown values are ignored, as unknown parameters are: the link still joins.
      role: role === 'host' || role === 'guest' ? role : null,
      muteMicrophone: flag(params.get('muteMicrophone')),
      muteCamera: flag(params.get('muteCamera')),
      callType: Object.hasOwn(callTypes, callType) ? (callTypes[callType] ?? null) : null,
    },
  };
}

/** undefined: present but unusable; null: absent or empty. */
function optionalText(value: string | null, max: number): string | null | undefined {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (text.length > max || unsafeText.test(text)) return undefined;
  return text;
}

function flag(value: string | null): boolean {
  return value !== null && ['1', 'true', 'yes', ''].includes(value.trim().toLowerCase());
}

type NodeCheck = { ok: true; node: string } | { ok: false; problem: string; code: MeetingLinkProblem };

/** "host", "https://host[:port]" or "http://localhost:port"; any path, query or credentials refused. */
function checkNode(raw: string): NodeCheck {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: linkProblems.badNode, code: 'badNode' };
  }
  if (url.username || url.password) return { ok: false, problem: linkProblems.badNode, code: 'badNode' };
  if (url.protocol === 'http:') {
    if (!loopbackHosts.has(url.hostname)) return { ok: false, problem: linkProblems.unencryptedNode, code: 'unencryptedNode' };
  } else if (url.protocol !== 'https:') {
    return { ok: false, problem: linkProblems.badNode, code: 'badNode' };
  }
  if (!hostPattern.test(url.hostname)) return { ok: false, problem: linkProblems.badNode, code: 'badNode' };
  return { ok: true, node: url.origin };
}

/**
 * The join screen's query for a link: what the renderer reads at start-up (joinLink.ts), with
 * join=1 so it joins at once.
 */
export function meetingLinkQuery(link: MeetingLinkDetails): string {
  const query = new URLSearchParams();
  if (link.node) query.set('node', link.node);
  query.set('alias', link.alias);
  if (link.name) query.set('name', link.name);
  if (link.pin) query.set('pin', link.pin);
  if (link.role) query.set('role', link.role);
  if (link.muteMicrophone) query.set('muteMicrophone', '1');
  if (link.muteCamera) query.set('muteCamera', '1');
  if (link.callType) query.set('callType', link.callType);
  query.set('join', '1');
  return query.toString();
}

/** The first argument of a command line that is a link Parley opens (Windows and Linux pass it there). */
export function linkInArguments(argv: readonly string[], options: MeetingLinkOptions): string | null {
  for (const arg of argv) {
    if (/^parley:/i.test(arg) || (options.pexipScheme && /^pexip:/i.test(arg))) return arg;
  }
  return null;
}
