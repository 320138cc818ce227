// When a request to open a new window may become a link in the person's browser. The desktop app
// opens only http(s) links a person just clicked (or activated with the keyboard) as a new tab
// (target=_blank); script-made windows, other schemes and anything in the kiosk stay closed.

/** How long after a click or key press an open still counts as that person's doing. */
export const clickWindowMs = 1_000;

/** Input events that can activate a link (api/structures/input-event, type). */
const activatingInputs = new Set(['mouseUp', 'keyDown']);

/** Dispositions a link opened as a new tab has (api/web-contents, setWindowOpenHandler). */
const linkDispositions = new Set(['foreground-tab', 'background-tab']);

export function isActivatingInput(type: string): boolean {
  return activatingInputs.has(type);
}

export interface OpenRequest {
  url: string;
  disposition: string;
}

export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** `lastInputAt` is when the person last clicked or pressed a key in that page (null: never). */
export function shouldOpenExternally(request: OpenRequest, lastInputAt: number | null, now: number): boolean {
  if (!isWebLink(request.url) || !linkDispositions.has(request.disposition)) return false;
  return lastInputAt !== null && now - lastInputAt >= 0 && now - lastInputAt <= clickWindowMs;
}
