// The node wants the local ICE password with each trickled candidate; Chromium only exposes it in
// the local description text.

/** The a=ice-pwd of the m-section with the given mid, else the first one in the description. */
export function icePasswordFor(sdp: string, mid: string | null): string | null {
  const sections = sdp.split(/\r?\n(?=m=)/);
  const section = mid === null ? undefined : sections.find((text) => new RegExp(`^a=mid:${escapeRegExp(mid)}$`, 'm').test(text));
  return findPassword(section ?? '') ?? findPassword(sdp);
}

function findPassword(text: string): string | null {
  return /^a=ice-pwd:(\S+)/m.exec(text)?.[1] ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
