// Kiosk mode in Electron: the room policy (plain Node) plus what only Electron does — the kiosk
// window, keeping the display awake, start at login, the renderer watchdog and the logs.
import { app } from 'electron';
import { spawn } from 'node:child_process';
import { homedir } from 'node:os';
import { createMeetingService } from '../../service';
import { loadTrustedNodeCertificates } from '../security/trustedNodeCertificates';
import { loadUnencryptedNodeDecisions } from '../security/unencryptedNodeDecisions';
import { kioskConfigPaths, parseKioskFlags, startKioskRuntime, type KioskRuntime } from '../../kiosk';
import type { Logger, MeetingService, ScreenShareHost } from '../../service';
import { bindBridge } from '../ipcBridge';
import { keepDisplayAwakeInMeetings } from './displayAwake';
import { createKioskLogger } from './kioskLog';
import { createKioskWindow } from './kioskWindow';
import { applyStartAtLogin } from './loginItems';
import { loginLaunchArgs } from './loginLaunch';
import { relaunchCommand } from './relaunchCommand';
import { watchRenderer } from './rendererWatchdog';
import { safeStorageCodec } from './safeStorageCodec';
import { startKioskUpdates } from './kioskUpdates';

export function kioskPaths() {
  return kioskConfigPaths(process.platform, process.env, homedir());
}

export interface KioskAppOptions {
  preloadDir: string;
  screenShare: ScreenShareHost;
  /** Opens the ordinary desktop window (after an administrator left kiosk mode). */
  openDesktop: () => void;
}

/** The command line after the program (and, when not packaged, the app folder). */
function userArgs(): string[] {
  return process.argv.slice(app.isPackaged ? 1 : 2);
}

/** Starts Parley again once this process exits (the daily restart). */
function relaunch(logger: Logger): void {
  const command = relaunchCommand(process.env, userArgs());
  if (command.kind === 'electron') {
    app.relaunch();
    return;
  }
  try {
    spawn(command.command, command.args, { detached: true, stdio: 'ignore' }).unref();
  } catch (error) {
    logger.error('kiosk could not restart the AppImage', { error: error instanceof Error ? error.message : 'unknown' });
  }
}

/**
 * Starts the room. A failure to start (a busy --status-port, for one) is logged and ends the
 * process with exit code 1, so a service manager can restart it: a room must never sit there
 * joined without a window, or without a health document that monitoring relies on.
 */
export async function startKioskApp(options: KioskAppOptions): Promise<void> {
  const logger = createKioskLogger();
  // A room has nobody to confirm an unencrypted node: only one confirmed in the desktop app on this profile is reached.
  const service = createMeetingService({
    logger,
    screenShare: options.screenShare,
    certificateTrust: loadTrustedNodeCertificates(),
    unencryptedNodes: loadUnencryptedNodeDecisions(),
  });
  try {
    await runKiosk(options, service, logger);
  } catch (error) {
    logger.error('kiosk could not start', { error: error instanceof Error ? error.message : 'unknown' });
    await service.shutdown('Kiosk could not start').catch(() => undefined);
    app.exit(1);
  }
}

async function runKiosk(options: KioskAppOptions, service: MeetingService, logger: Logger): Promise<void> {
  const flags = parseKioskFlags(process.argv);
  const paths = kioskPaths();
  // Fires after the runtime is set up; the window is created after it so the screen finds kiosk mode on.
  let leaveKioskMode: () => void = () => undefined;
  const runtime: KioskRuntime = await startKioskRuntime({
    service,
    logger,
    codec: safeStorageCodec,
    sources: {
      systemFile: paths.system,
      userFile: paths.user,
      ...(process.env.PARLEY_CONFIG ? { envFile: process.env.PARLEY_CONFIG } : {}),
      ...(flags.configFile ? { flagFile: flags.configFile } : {}),
      flags: flags.layer,
    },
    ...(flags.statusPort === undefined ? {} : { statusPort: flags.statusPort }),
    restart: () => {
      stopAwake();
      void leaveMeeting('Daily restart').finally(() => {
        relaunch(logger);
        app.exit(0);
      });
    },
    // The reply to the renderer goes out first; then the window is replaced.
    exit: async () => void setImmediate(() => leaveKioskMode()),
  });

  const kioskWindow = createKioskWindow(options.preloadDir);
  const unbind = bindBridge(kioskWindow.window.webContents, service);
  watchRenderer(kioskWindow.window, logger, () => runtime.policy.rendererAttached());
  const stopAwake = keepDisplayAwakeInMeetings((listener) => runtime.policy.onStatus(listener));
  void applyStartAtLogin('kiosk', runtime.config?.startAtLogin ?? true, loginLaunchArgs(userArgs(), process.env, process.cwd()), logger);
  const updates = startKioskUpdates(runtime, service, logger);

  let leaving: Promise<void> | null = null;
  /** Leaves the meeting (release_token) and stops the room policy; once. */
  function leaveMeeting(reason: string): Promise<void> {
    updates.stop();
    leaving ??= runtime
      .stop(reason)
      .then(() => service.shutdown(reason))
      .catch((error: unknown) => logger.warn('kiosk leave failed', { error: error instanceof Error ? error.message : 'unknown' }));
    return leaving;
  }

  let quitting = false;
  const onBeforeQuit = (event: Electron.Event): void => {
    if (quitting) return;
    // Leave the meeting first, then quit for real: the window is unlocked, because a window that
    // prevents its close cancels app.quit().
    event.preventDefault();
    quitting = true;
    stopAwake();
    void leaveMeeting('Application quit').finally(() => {
      unbind();
      kioskWindow.unlock();
      app.quit();
    });
  };
  app.on('before-quit', onBeforeQuit);
  // A Windows shutdown or log-off emits no before-quit: leave now, while the process still runs.
  kioskWindow.window.on('session-end', () => {
    stopAwake();
    void leaveMeeting('Computer shutting down');
  });

  leaveKioskMode = () => {
    app.removeListener('before-quit', onBeforeQuit);
    stopAwake();
    void leaveMeeting('Kiosk mode left').finally(() => {
      unbind();
      kioskWindow.unlock();
      // The desktop window opens before the kiosk window closes, so the app never has no window.
      options.openDesktop();
      kioskWindow.window.close();
    });
  };
}
