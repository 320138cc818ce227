// Kiosk mode in Electron: the room policy (plain Node) plus what only Electron does — the kiosk
// window, keeping the display awake, start at login, the renderer watchdog and the logs.
import { app } from 'electron';
import { homedir } from 'node:os';
import { createMeetingService } from '../../service';
import { loadTrustedNodeCertificates } from '../security/trustedNodeCertificates';
import { kioskConfigPaths, parseKioskFlags, startKioskRuntime } from '../../kiosk';
import type { ScreenShareHost } from '../../service';
import { bindBridge } from '../ipcBridge';
import { keepDisplayAwakeInMeetings } from './displayAwake';
import { createKioskLogger } from './kioskLog';
import { createKioskWindow } from './kioskWindow';
import { applyStartAtLogin } from './loginItems';
import { watchRenderer } from './rendererWatchdog';
import { safeStorageCodec } from './safeStorageCodec';

export function kioskPaths() {
  return kioskConfigPaths(process.platform, process.env, homedir());
}

export async function startKioskApp(preloadDir: string, screenShare: ScreenShareHost): Promise<void> {
  const logger = createKioskLogger();
  const flags = parseKioskFlags(process.argv);
  const paths = kioskPaths();
  const service = createMeetingService({ logger, screenShare, certificateTrust: loadTrustedNodeCertificates() });
  // Fires after the runtime is set up; the window is created after it so the screen finds kiosk mode on.
  let leaveKioskMode: () => void = () => undefined;
  const runtime = await startKioskRuntime({
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
      app.relaunch();
      void runtime.stop('Daily restart').finally(() => app.exit(0));
    },
    exit: async () => leaveKioskMode(),
  });

  const kioskWindow = createKioskWindow(preloadDir);
  leaveKioskMode = kioskWindow.leaveKioskMode;
  const unbind = bindBridge(kioskWindow.window.webContents, service);
  watchRenderer(kioskWindow.window, logger, () => runtime.policy.rendererAttached());
  const stopAwake = keepDisplayAwakeInMeetings((listener) => runtime.policy.onStatus(listener));
  void applyStartAtLogin(runtime.config?.startAtLogin ?? true, logger);

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    // Leave the meeting (release_token) first, then quit for real.
    event.preventDefault();
    quitting = true;
    stopAwake();
    void runtime
      .stop('Application quit')
      .then(() => service.shutdown('Application quit'))
      .finally(() => {
        unbind();
        app.quit();
      });
  });
}
