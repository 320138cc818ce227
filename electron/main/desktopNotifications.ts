// Native notifications while no Parley window has focus (electron/desktop/notificationPolicy.ts
// decides which and what they say); a click brings Parley to the place it is about.
import { BrowserWindow, Notification } from 'electron';
import { createNotificationPolicy, notificationBody, type DesktopText, type NotificationContext } from '../desktop';
import type { MeetingService } from '../service';
import type { NotificationTarget } from '../shared/desktopWindow';
import type { DesktopSettings } from '../shared/settings';

export interface NotificationHooks {
  text(): DesktopText;
  settings(): DesktopSettings['notifications'];
  /** The app's icon (Windows and Linux show it; macOS uses the bundle's). */
  icon: string;
  /** A notification was clicked. */
  open(target: NotificationTarget): void;
}

/** Follows `service`'s events until the returned function stops it (and closes what it showed). */
export function startDesktopNotifications(service: MeetingService, hooks: NotificationHooks): () => void {
  const policy = createNotificationPolicy(hooks.text);
  // Held until closed: a notification nobody references may be collected, and its click lost.
  const shown = new Set<Notification>();
  let self: NotificationContext['self'] = null;

  const unsubscribe = service.onEvent((event) => {
    const info = service.state()?.info;
    // Kept after the meeting ends, so "the meeting ended" can name it.
    if (info) self = { uuid: info.participantUuid, role: info.role, alias: info.alias, meetingName: info.conferenceName || info.alias };
    const notice = policy.consider(event, { focused: BrowserWindow.getFocusedWindow() !== null, kiosk: false, settings: hooks.settings(), self });
    if (!notice || !Notification.isSupported()) return;
    const notification = new Notification({ title: notice.title, body: notificationBody(notice.body, process.platform), icon: hooks.icon });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      hooks.open(notice.target);
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  });

  return () => {
    unsubscribe();
    for (const notification of shown) notification.close();
    shown.clear();
  };
}
