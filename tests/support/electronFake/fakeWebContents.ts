// webContents and its main frame, as far as main's security wiring reads them.
import { EventEmitter } from 'node:events';

/** WebFrameMain's identity and location (docs: api/web-frame-main). */
export interface FakeFrame {
  url: string;
  /**
   * "If the frame is a child window opened to about:blank, then frame.origin will return the
   * parent frame's origin, while frame.url will return the empty string." (web-frame-main, origin)
   */
  origin: string;
  processId: number;
  routingId: number;
  /** null for a top-level frame (web-frame-main, parent). */
  parent: FakeFrame | null;
}

export interface WindowOpenDetails {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
  referrer: { url: string; policy: string };
  postBody?: unknown;
}

export type WindowOpenResponse = { action: 'deny' } | { action: 'allow'; overrideBrowserWindowOptions?: Record<string, unknown> };

let nextId = 1;

/** A DOM-style event whose default action a listener may cancel. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/**
 * will-navigate / will-redirect's event (api/structures/web-contents-will-navigate-event-params,
 * -will-redirect-event-params): the target in `url`, as well as in the deprecated second argument.
 */
export class FakeNavigationEvent extends FakeEvent {
  constructor(
    readonly url: string,
    readonly isMainFrame = true,
  ) {
    super();
  }
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly loadedUrls: string[] = [];
  mainFrame: FakeFrame;
  windowOpenHandler: ((details: WindowOpenDetails) => WindowOpenResponse) | null = null;
  /** webContents.session: the window's webPreferences.session (or partition), else the default session. Set by the window. */
  session: unknown = null;
  reloads = 0;
  private destroyed = false;

  constructor(origin = 'null') {
    super();
    this.mainFrame = { url: '', origin, processId: 100 + this.id, routingId: 1, parent: null };
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.mainFrame = { ...this.mainFrame, url, origin: originOf(url) };
    return Promise.resolve();
  }

  /** "Returns string - The URL of the current web page." For an about:blank popup that is about:blank. */
  getURL(): string {
    return this.mainFrame.url;
  }

  setWindowOpenHandler(handler: (details: WindowOpenDetails) => WindowOpenResponse): void {
    this.windowOpenHandler = handler;
  }

  /**
   * Stands in for the page's own listener (the preload's ipcRenderer.on): not part of Electron.
   * The fake has no renderer, so a test may attach a small driver that does what the page would.
   */
  page: ((channel: string, payload: unknown) => void) | null = null;

  /**
   * api/web-contents, isLoading(): "Whether web page is still loading resources". The fake's pages
   * load at once (false) unless a test says a load is under way; finishLoad() then emits
   * did-finish-load ("the spinner of the tab has stopped spinning, and the onload event was dispatched").
   */
  loading = false;
  isLoading(): boolean {
    return this.loading;
  }
  finishLoad(): void {
    this.loading = false;
    this.emit('did-finish-load', new FakeEvent());
  }

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
    this.page?.(channel, payload);
  }

  reload(): void {
    this.reloads += 1;
  }

  forcefullyCrashRenderer(): void {
    this.emit('render-process-gone', new FakeEvent(), { reason: 'killed', exitCode: 1 });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    // URL.origin is "null" for non-special schemes; Electron registers app:// as standard, so it has one.
    return parsed.origin === 'null' && parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
  } catch {
    return 'null';
  }
}
