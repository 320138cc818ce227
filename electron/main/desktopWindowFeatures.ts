// What the desktop app adds to its meeting window for working in other apps: the mini window,
// native notifications and the unread chat badge. desktopApp.ts attaches it to each window.
import type { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createUnreadChat, type ChatView, type DesktopText } from '../desktop';
import type { MeetingService } from '../service';
import type { BridgeEventBody } from '../shared/bridge';
import type { NotificationTarget, WindowMode } from '../shared/desktopWindow';
import type { DesktopSettings } from '../shared/settings';
import type { DesktopMeetingState } from '../shared/settingsCommands';
import { startDesktopNotifications } from './desktopNotifications';
import { attachMiniWindow } from './miniWindow';
import { bringToFront } from './singleInstance';
import { createUnreadBadge } from './unreadBadge';

export interface WindowFeaturesOptions {
  resourcesDir: string;
  settings(): DesktopSettings;
  text(): DesktopText;
  direction(): 'ltr' | 'rtl';
  /** An event for this window's renderer. */
  send(body: BridgeEventBody): void;
}

export interface WindowFeatures {
  /** "Mini view" / "Back to full view" from the renderer. */
  windowMode(mode: WindowMode): WindowMode;
  /** The renderer's report of the meeting (null: it ended). */
  meetingState(state: DesktopMeetingState | null): void;
  /** A setting changed (the mini window may have been turned off). */
  settingsChanged(): void;
  /** The tray's "Show window": the full window in front. */
  showFull(): void;
  stop(): void;
}

export function attachWindowFeatures(window: BrowserWindow, service: MeetingService, options: WindowFeaturesOptions): WindowFeatures {
  const badge = createUnreadBadge(() => window, options.resourcesDir, options.text);
  const unread = createUnreadChat();
  /** The renderer's chat panel, as its last meeting state said. */
  let chatOpen = false;
  const chatView = (): ChatView => ({
    chatOpen,
    focused: !window.isDestroyed() && window.isFocused(),
    shown: !window.isDestroyed() && window.isVisible() && !window.isMinimized(),
    fullView: mini.mode() === 'full',
  });
  const viewChanged = (): void => badge(unread.viewChanged(chatView()));
  const mini = attachMiniWindow(window, {
    enabled: () => options.settings().miniWindow,
    inMeeting: () => service.joined,
    direction: options.direction,
    changed: (mode) => {
      options.send({ type: 'window_mode', mode });
      viewChanged();
    },
  });
  const stopCounting = service.onEvent((event) => {
    if (event.type === 'chat') badge(unread.message(event.message, service.state()?.info?.participantUuid ?? null, chatView()));
  });
  // Electron's events for the window coming into or out of view; each may put the chat in view.
  window.on('focus', viewChanged);
  window.on('blur', viewChanged);
  window.on('show', viewChanged);
  window.on('hide', viewChanged);
  window.on('minimize', viewChanged);
  window.on('restore', viewChanged);
  const showFull = (): void => {
    mini.apply('full_requested');
    bringToFront(window);
  };
  const stopNotifications = startDesktopNotifications(service, {
    text: options.text,
    settings: () => options.settings().notifications,
    icon: join(options.resourcesDir, 'icons', '256x256.png'),
    open(target: NotificationTarget) {
      if (window.isDestroyed()) return;
      showFull();
      options.send({ type: 'notification_clicked', target });
    },
  });
  window.on('minimize', () => mini.apply('minimized'));

  return {
    windowMode: (mode) => (mode === 'mini' ? mini.apply('mini_requested') : mini.apply('full_requested')),
    meetingState(state) {
      chatOpen = state?.chatOpen ?? false;
      if (state) viewChanged();
      else {
        badge(unread.reset());
        mini.apply('meeting_ended');
      }
    },
    settingsChanged: () => void mini.apply('setting_changed'),
    showFull,
    stop() {
      stopNotifications();
      stopCounting();
      badge(unread.reset());
    },
  };
}
