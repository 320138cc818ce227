// A room system's updates: the same electron-updater adapter and policy as the desktop app, but it
// downloads by itself and installs only inside the configured maintenance window while the room is
// idle (never in a meeting); without a maintenance window it installs only when Parley quits.
import { desktopTexts } from '../../desktop';
import { maintenanceWindowOpenedAt, type KioskRuntime } from '../../kiosk';
import type { Logger, MeetingService } from '../../service';
import { createAppUpdates, type AppUpdates, type AutoUpdater } from '../appUpdates';

type RoomState = Pick<KioskRuntime, 'config'> & { policy: Pick<KioskRuntime['policy'], 'status'> };

/** `load`: tests give a fake electron-updater. */
export function startKioskUpdates(runtime: RoomState, service: Pick<MeetingService, 'joined'>, logger: Logger, load?: () => Promise<AutoUpdater>): AppUpdates {
  const updates = createAppUpdates({
    ...(load ? { load } : {}),
    autoDownload: () => true,
    inMeeting: () => service.joined,
    kiosk: {
      inMaintenanceWindow: (now) => {
        const window = runtime.config?.maintenance;
        return window ? maintenanceWindowOpenedAt(now, window) !== null : false;
      },
      idle: () => runtime.policy.status().state === 'idle',
    },
    // A room shows no update words; its log says what happened.
    text: () => desktopTexts('en'),
    changed: () => undefined,
    log: (message) => logger.info(message),
  });
  void updates.start();
  return updates;
}
