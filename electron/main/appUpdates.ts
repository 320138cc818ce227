// The thin electron-updater adapter: electron-updater checks, downloads and installs; the
// update policy (electron/desktop/updatePolicy.ts) decides when. electron-updater is loaded
// only when updates start, so nothing of it runs in a copy that is not packaged.
import { createUpdatePolicy, type DesktopText, type UpdatePolicy, type UpdatePolicyOptions } from '../desktop';

/** electron-updater's autoUpdater, as far as Parley uses it. */
export interface AutoUpdater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  isUpdaterActive(): boolean;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'update-available' | 'update-not-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface AppUpdatesOptions {
  load?: () => Promise<AutoUpdater>;
  autoDownload: () => boolean;
  inMeeting: () => boolean;
  kiosk?: UpdatePolicyOptions['kiosk'];
  text: () => DesktopText;
  /** The offer or the last check's words changed. */
  changed: () => void;
  log?: (message: string) => void;
}

export interface AppUpdates {
  start(): Promise<void>;
  stop(): void;
  /** "Check for updates now": resolves once the check has answered. */
  checkNow(): Promise<void>;
  /** A meeting started or ended. */
  meetingChanged(): void;
  /** "Restart to update": false during a meeting or with nothing ready. */
  restart(): boolean;
  /** The version offered as "Restart to update", or null. */
  readonly ready: string | null;
  /** What the last check found, in words, or null. */
  readonly lastCheck: string | null;
}

async function loadElectronUpdater(): Promise<AutoUpdater> {
  // electron-updater requires the real `electron` package, which outside Electron (plain Node,
  // the wiring tests) tries to download its binary: never load it there.
  if (!process.versions.electron) throw new Error('not running in Electron');
  const module = await import('electron-updater');
  return module.autoUpdater;
}

export function createAppUpdates(options: AppUpdatesOptions): AppUpdates {
  let policy: UpdatePolicy | null = null;
  let updater: AutoUpdater | null = null;
  let ready: string | null = null;
  let lastCheck: string | null = null;
  const say = (words: string): void => {
    lastCheck = words;
    options.changed();
  };

  return {
    async start() {
      try {
        updater = await (options.load ?? loadElectronUpdater)();
      } catch (error) {
        options.log?.(`updates unavailable: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      const auto = updater;
      // The policy decides when to download and install; on quit a downloaded update installs.
      auto.autoDownload = false;
      auto.autoInstallOnAppQuit = true;
      const created = createUpdatePolicy({
        updater: { check: async () => void (await auto.checkForUpdates()), download: async () => void (await auto.downloadUpdate()), install: () => auto.quitAndInstall() },
        autoDownload: options.autoDownload,
        inMeeting: options.inMeeting,
        kiosk: options.kiosk ?? null,
        offerRestart: (version) => {
          ready = version;
          options.changed();
        },
        onError: () => say(options.text()('updates.checkFailed')),
      });
      policy = created;
      auto.on('update-available', ({ version }) => {
        created.updateAvailable(version);
        say(options.text()(created.state === 'downloading' ? 'updates.available' : 'updates.availableManual', { version }));
      });
      auto.on('update-not-available', () => say(options.text()('updates.upToDate')));
      auto.on('update-downloaded', ({ version }) => {
        created.updateDownloaded(version);
        say(options.text()('updates.ready', { version }));
      });
      auto.on('error', (error) => options.log?.(`update failed: ${error.message}`));
      created.start();
    },
    stop: () => policy?.stop(),
    async checkNow() {
      if (!policy || !updater?.isUpdaterActive()) {
        say(options.text()('updates.unavailable'));
        return;
      }
      await policy.checkNow();
    },
    meetingChanged: () => policy?.meetingChanged(),
    restart: () => policy?.restartToUpdate() ?? false,
    get ready() {
      return ready;
    },
    get lastCheck() {
      return lastCheck;
    },
  };
}
