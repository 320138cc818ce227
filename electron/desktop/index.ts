// Public API of the desktop layer: the installed app's decisions and stores in plain Node
// (settings, policy), which Electron main wires to Electron.
export { openSettingsStore, settingsFileName, type SettingsStore, type SettingsStoreOptions } from './settingsStore';
export { policyFilePath } from './settingsPolicy';
export { closeDecision, keepRunningQuestion, type CloseDecision } from './closePolicy';
export { proxyPlan, type ProxyPlan, type SessionProxy, type UndiciProxy } from './proxyPlan';
export { pacRoute, type PacRoute } from './pacProxyAnswer';
export { trayIconFiles, type TrayIconFiles } from './trayIcon';
export { trayMenu, trayTooltip, type TrayAction, type TrayItem, type TrayState } from './trayMenu';
export { createUpdatePolicy, defaultCheckEveryMs, type UpdatePolicy, type UpdatePolicyOptions, type Updater, type UpdateState } from './updatePolicy';
export { desktopLocale, desktopMessages, desktopTexts, type DesktopText, type DesktopTextKey, type DesktopTextValues } from './texts';
export {
  createPushToTalkKeys,
  shortcutProblem,
  systemShortcutHolds,
  type PushToTalkKeys,
  type RawKey,
  type ShortcutHolds,
  type ShortcutLabels,
  type ShortcutsOutcome,
} from './systemShortcuts';
export { keyHookRefusal } from './keyHookDisplay';
export { miniWindowBounds, miniWindowLayering, miniWindowMinimum, miniWindowSize, nextWindowMode, type MiniWindowContext, type MiniWindowLayering, type MiniWindowTrigger, type Rectangle } from './miniWindowPolicy';
export { createNotificationPolicy, type NativeNotice, type NotificationContext, type NotificationKind, type NotificationPolicy } from './notificationPolicy';
export { notificationBody, notificationText } from './notificationText';
export { chatInView, createUnreadChat, type ChatView, type UnreadChat } from './unreadChat';
