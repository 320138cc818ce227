// What the notification policy tests use: the policy, main's words and the default settings.
import { defaultSettings } from '../../../../electron/shared/settings';
export { createNotificationPolicy, desktopTexts, notificationBody, notificationText, type NotificationContext } from '../../../../electron/desktop';

export const defaultNotifications = defaultSettings.notifications;
