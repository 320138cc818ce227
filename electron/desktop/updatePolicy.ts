// When Parley checks for, downloads, offers and installs an update. Checks at start and every few
// hours; downloads in the background when allowed; NEVER installs during a meeting: "Restart to
// update" is offered once no meeting runs, or the update installs when Parley quits. A kiosk
// installs only inside its maintenance window and only while idle. The electron-updater adapter
// (check, download, install) is all that touches Electron.

export interface Updater {
  check(): Promise<void>;
  download(): Promise<void>;
  /** Quits and installs (electron-updater's quitAndInstall). */
  install(): void;
}

export type UpdateState = 'idle' | 'available' | 'downloading' | 'ready';

export interface UpdatePolicyOptions {
  updater: Updater;
  autoDownload: () => boolean;
  inMeeting: () => boolean;
  /** A room system: installs itself, inside the maintenance window, while idle. */
  kiosk?: { inMaintenanceWindow: (now: Date) => boolean; idle: () => boolean } | null;
  /** "Restart to update" shown (true) or taken away (false). */
  offerRestart: (version: string | null) => void;
  checkEveryMs?: number;
  kioskCheckEveryMs?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

export interface UpdatePolicy {
  start(): void;
  stop(): void;
  /** "Check for updates now" in Settings. */
  checkNow(): Promise<void>;
  updateAvailable(version: string): void;
  updateDownloaded(version: string): void;
  /** A meeting started or ended: the offer follows. */
  meetingChanged(): void;
  /** "Restart to update": false (and nothing happens) during a meeting. */
  restartToUpdate(): boolean;
  /** Whether quitting should install the downloaded update (electron-updater's autoInstallOnAppQuit). */
  installOnQuit(): boolean;
  readonly state: UpdateState;
}

export const defaultCheckEveryMs = 4 * 60 * 60 * 1000;
export const defaultKioskCheckEveryMs = 60 * 1000;

export function createUpdatePolicy(options: UpdatePolicyOptions): UpdatePolicy {
  const now = options.now ?? (() => new Date());
  const report = options.onError ?? (() => undefined);
  let state: UpdateState = 'idle';
  let version: string | null = null;
  let offered = false;
  let checkTimer: ReturnType<typeof setInterval> | null = null;
  let kioskTimer: ReturnType<typeof setInterval> | null = null;

  const check = (): Promise<void> => options.updater.check().catch(report);

  function download(): void {
    state = 'downloading';
    options.updater.download().catch((error: unknown) => {
      state = 'available';
      report(error);
    });
  }

  function refreshOffer(): void {
    // A kiosk never asks: it installs by itself in its window.
    const offer = state === 'ready' && !options.inMeeting() && !options.kiosk;
    if (offer !== offered) {
      offered = offer;
      options.offerRestart(offer ? version : null);
    }
  }

  function kioskTick(): void {
    const kiosk = options.kiosk;
    if (!kiosk || state !== 'ready') return;
    if (kiosk.inMaintenanceWindow(now()) && kiosk.idle() && !options.inMeeting()) options.updater.install();
  }

  return {
    start() {
      void check();
      checkTimer = setInterval(() => void check(), options.checkEveryMs ?? defaultCheckEveryMs);
      if (options.kiosk) kioskTimer = setInterval(kioskTick, options.kioskCheckEveryMs ?? defaultKioskCheckEveryMs);
    },
    stop() {
      if (checkTimer) clearInterval(checkTimer);
      if (kioskTimer) clearInterval(kioskTimer);
      checkTimer = kioskTimer = null;
    },
    checkNow: check,
    updateAvailable(next) {
      if (state === 'downloading' || state === 'ready') return;
      version = next;
      state = 'available';
      if (options.autoDownload() || options.kiosk) download();
    },
    updateDownloaded(next) {
      version = next;
      state = 'ready';
      refreshOffer();
      kioskTick();
    },
    meetingChanged() {
      refreshOffer();
      kioskTick();
    },
    restartToUpdate() {
      if (state !== 'ready' || options.inMeeting()) return false;
      options.updater.install();
      return true;
    },
    installOnQuit: () => state === 'ready',
    get state() {
      return state;
    },
  };
}
