// Runs the sign-in window's opener page (the data: URL main loads into it) the way Chromium
// would, as far as its script reaches: the script runs in a fresh VM context whose window.open
// goes through the window open handler (fakeElectron.openPopup), whose `message` listeners hear
// what the child posts, and whose `location.href = ...` is a page-started navigation
// (fakeElectron.navigate, so will-navigate fires). The fake itself runs no pages; this does, for
// this one small page only.
import { runInNewContext } from 'node:vm';
import { fakeElectron, type FakeBrowserWindow } from '../../../../support/electronFake';

interface MessageEventLike {
  source: unknown;
  origin: string;
  data: unknown;
}

export interface OpenerPage {
  /** The window the script opened (null when the open handler denied it). */
  child: FakeBrowserWindow | null;
  /** Where the script sent the opener (each location.href assignment), in order. */
  navigations: string[];
  /** `postMessage(data, '*')` from the child window's page at `origin`. */
  postFromChild(data: unknown, origin: string): void;
  /** A message from some other window (not the child). */
  postFromStranger(data: unknown, origin: string): void;
}

function scriptOf(dataUrl: string): string {
  const prefix = 'data:text/html;charset=utf-8,';
  if (!dataUrl.startsWith(prefix)) throw new Error(`the opener page is not an inline HTML page: ${dataUrl.slice(0, 40)}`);
  const html = decodeURIComponent(dataUrl.slice(prefix.length));
  const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('the opener page has no script');
  return script;
}

export function runOpenerPage(opener: FakeBrowserWindow): OpenerPage {
  const dataUrl = opener.webContents.loadedUrls.at(-1);
  if (!dataUrl) throw new Error('the sign-in window loaded nothing');
  const listeners: ((event: MessageEventLike) => void)[] = [];
  const page: OpenerPage = {
    child: null,
    navigations: [],
    postFromChild(data, origin) {
      for (const listener of listeners) listener({ source: childProxy, origin, data: structuredClone(data) });
    },
    postFromStranger(data, origin) {
      for (const listener of listeners) listener({ source: {}, origin, data: structuredClone(data) });
    },
  };
  // The WindowProxy window.open returns: the identity `event.source` is compared with.
  const childProxy = {};
  const location = {
    set href(url: string) {
      page.navigations.push(url);
      fakeElectron.navigate(opener.webContents, url);
    },
  };
  const window = {
    open(url: string, frameName: string) {
      const opened = fakeElectron.openPopup(opener, { url, frameName });
      page.child = opened;
      if (!opened) return null;
      // The child loads the address it was opened with.
      fakeElectron.arrive(opened.webContents, url);
      return childProxy;
    },
  };
  const addEventListener = (type: string, listener: (event: MessageEventLike) => void) => {
    if (type === 'message') listeners.push(listener);
  };
  runInNewContext(scriptOf(dataUrl), { window, location, addEventListener, encodeURIComponent, JSON });
  return page;
}
