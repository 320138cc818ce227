// The tray icon (Windows, Linux) or menu-bar item (macOS): its menu is electron/desktop/trayMenu.ts;
// this file only builds it and runs the chosen action.
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { trayMenu, trayTooltip, type DesktopText, type TrayAction, type TrayState } from '../desktop';

export interface AppTray {
  update(state: TrayState): void;
  destroy(): void;
}

/** `text` is read on every update, so a language change applies at the next one. */
export function createAppTray(resourcesDir: string, run: (action: TrayAction) => void, text: () => DesktopText): AppTray {
  const tray = new Tray(nativeImage.createFromPath(join(resourcesDir, 'icons', '32x32.png')));
  const update = (state: TrayState): void => {
    const template: MenuItemConstructorOptions[] = trayMenu(state, text()).map((item) =>
      'separator' in item
        ? { type: 'separator' }
        : { label: item.label, enabled: item.enabled, ...(item.action ? { click: () => run(item.action as TrayAction) } : {}) },
    );
    tray.setContextMenu(Menu.buildFromTemplate(template));
    tray.setToolTip(trayTooltip(state, text()));
  };
  update({ meeting: null, recent: [] });
  return { update, destroy: () => tray.destroy() };
}
