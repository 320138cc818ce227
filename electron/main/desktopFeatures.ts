// The desktop app's updates, system-wide shortcuts, start at login and trusted certificates,
// wired to settings and the meeting state; desktopApp.ts only calls in. Decisions are in
// electron/desktop (systemShortcuts.ts, updatePolicy.ts); Electron is touched only through the
// thin adapters here and in systemShortcutKeys.ts / appUpdates.ts.
import { app } from 'electron';
import { shortcutProblem, systemShortcutHolds, type DesktopText, type SettingsStore, type ShortcutLabels, type ShortcutsOutcome } from '../desktop';
import type { DesktopTarget, Logger } from '../service';
import { applyStartAtLogin } from './kiosk/loginItems';
import type { DesktopStatus, DesktopStatusEventBody, TrustedCertificate } from '../shared/desktopCommands';
import type { CommandError, Result } from '../shared/result';
import type { SettingsView } from '../shared/settings';
import { acceleratorLabel, keyLabelPlatform, pushToTalkLabel } from '../shared/shortcutKeyLabels';
import type { SystemShortcutKeys } from '../shared/shortcutKeys';
import { createAppUpdates, type AppUpdates, type AutoUpdater } from './appUpdates';
import { createSystemShortcutKeys, type KeyHook } from './systemShortcutKeys';
import type { TrustedNodeCertificates } from './security/trustedNodeCertificates';

export interface DesktopFeaturesOptions {
  store: () => SettingsStore;
  text: () => DesktopText;
  send: (body: DesktopStatusEventBody) => void;
  certificates: () => TrustedNodeCertificates;
  /** Tests give a fake electron-updater and key hook; the app loads the real ones lazily. */
  loadUpdater?: () => Promise<AutoUpdater>;
  loadKeyHook?: () => Promise<KeyHook>;
  logger: Logger;
}

export interface DesktopFeatures {
  /** After the window opens: start at login applied, updates started. */
  start(): void;
  /** Main's own view of the meeting (the service joined or not). */
  meetingChanged(inMeeting: boolean): void;
  /** After a settings change. */
  settingsChanged(): void;
  stop(): void;
  readonly target: DesktopTarget;
}

export function createDesktopFeatures(options: DesktopFeaturesOptions): DesktopFeatures {
  let inMeeting = false;
  let started = false;
  let shortcutsActive = false;
  let shortcutsProblem: string | null = null;
  const settings = () => options.store().current();
  const labels = (keys: SystemShortcutKeys = settings().systemShortcutKeys): ShortcutLabels => {
    const platform = keyLabelPlatform(process.platform);
    return { toggleMute: acceleratorLabel(keys.toggleMute, platform), pushToTalk: pushToTalkLabel(keys.pushToTalk, platform) };
  };

  const status = (): DesktopStatus => ({
    updateReady: updates.ready,
    updateCheck: updates.lastCheck,
    systemShortcutsActive: shortcutsActive,
    systemShortcutsProblem: shortcutsProblem,
  });
  const publish = (): void => options.send({ type: 'desktop_status', status: status() });

  const updates: AppUpdates = createAppUpdates({
    ...(options.loadUpdater ? { load: options.loadUpdater } : {}),
    autoDownload: () => settings().updates.autoDownload,
    inMeeting: () => inMeeting,
    text: options.text,
    changed: publish,
    log: (message) => options.logger.info(message),
  });
  const keys = createSystemShortcutKeys((action) => options.send({ type: 'system_shortcut', action }), options.loadKeyHook);

  let shortcuts: ShortcutsOutcome = { toggleMuteRegistered: null, pushToTalkFailure: null };
  let hookHeld = false;

  function applyShortcuts(): void {
    const holds = systemShortcutHolds({ setting: settings().systemShortcuts, inMeeting, kiosk: false });
    const hookWasHeld = hookHeld;
    hookHeld = holds.pushToTalk;
    void keys.hold(holds, settings().systemShortcutKeys).then((found) => {
      if (!holds.toggleMute) shortcuts = { toggleMuteRegistered: null, pushToTalkFailure: null };
      else {
        if (found.toggleMuteRegistered !== null) shortcuts = { ...shortcuts, toggleMuteRegistered: found.toggleMuteRegistered };
        // A push-to-talk failure stays reported after the meeting, so Settings can say it.
        if (holds.pushToTalk && !hookWasHeld) shortcuts = { ...shortcuts, pushToTalkFailure: found.pushToTalkFailure };
      }
      const active = holds.toggleMute && shortcuts.toggleMuteRegistered === true;
      const problem = shortcutProblem(shortcuts, labels(), options.text());
      if (active === shortcutsActive && problem === shortcutsProblem) return;
      shortcutsActive = active;
      shortcutsProblem = problem;
      publish();
    });
  }

  /**
   * New keys from Settings' key capture. Toggle mute's keys are tried with the OS first: keys
   * another app holds are refused in words and the old keys stay, held and in the settings.
   */
  async function changeShortcutKeys(change: Partial<SystemShortcutKeys>): Promise<Result<SettingsView, CommandError>> {
    const view = await options.store().read();
    if (view.locked.includes('systemShortcutKeys')) return { ok: false, error: { code: 'forbidden', message: options.text()('shortcuts.keysLocked') } };
    const before = view.settings.systemShortcutKeys;
    const next: SystemShortcutKeys = { ...before, ...change };
    if (next.toggleMute !== before.toggleMute && !keys.tryToggleMute(next.toggleMute)) {
      const message = options.text()('shortcuts.toggleMuteKeysTaken', { keys: labels(next).toggleMute, previous: labels(before).toggleMute });
      return { ok: false, error: { code: 'failed', message } };
    }
    const written = await options.store().write({ systemShortcutKeys: next });
    return written.ok ? written : { ok: false, error: { code: 'forbidden', message: written.error } };
  }

  let startAtLogin: boolean | null = null;
  /**
   * Start at login follows the setting when it changes (the kiosk's own login item is the same OS
   * entry, so a start never rewrites it). An unpackaged copy would register the development
   * Electron, so only the installed app does.
   */
  function applyLoginItem(): void {
    const wanted = settings().startAtLogin;
    const before = startAtLogin;
    startAtLogin = wanted;
    if (before === null || before === wanted || !app.isPackaged) return;
    void applyStartAtLogin('desktop', wanted, [], options.logger);
  }

  return {
    start() {
      if (started) return;
      started = true;
      // Electron's advice: give every global shortcut back when quitting.
      app.on('will-quit', () => this.stop());
      applyLoginItem();
      applyShortcuts();
      void updates.start();
    },
    meetingChanged(now) {
      if (now === inMeeting) return;
      inMeeting = now;
      updates.meetingChanged();
      applyShortcuts();
    },
    settingsChanged() {
      applyLoginItem();
      applyShortcuts();
    },
    stop() {
      updates.stop();
      void keys.hold({ toggleMute: false, pushToTalk: false }, settings().systemShortcutKeys);
    },
    target: {
      status,
      async checkForUpdates() {
        await updates.checkNow();
        return status();
      },
      restartToUpdate: () => updates.restart(),
      trustedCertificates: (): TrustedCertificate[] => options.certificates().list(),
      async forgetCertificate(host) {
        await options.certificates().forget(host);
        return options.certificates().list();
      },
      changeShortcutKeys,
    },
  };
}
