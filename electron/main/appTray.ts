// The tray icon (Windows, Linux) or menu-bar item (macOS): its menu is electron/desktop/trayMenu.ts;
// this file only builds it and runs the chosen action.
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trayIconFiles, trayMenu, trayTooltip, type DesktopText, type TrayAction, type TrayState } from '../desktop';

export interface AppTray {
  update(state: TrayState): void;
  destroy(): void;
}

/** `text` is read on every update, so a language change applies at the next one. */
export function createAppTray(resourcesDir: string, run: (action: TrayAction) => void, text: () => DesktopText): AppTray {
  const tray = new Tray(trayImage(join(resourcesDir, 'icons')));
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

function trayImage(iconsDir: string): NativeImage {
  const files = trayIconFiles(process.platform);
  const image = nativeImage.createFromPath(join(iconsDir, files.file));
  // A missing file leaves the 1x image (as createFromPath gives an empty one) rather than no tray.
  if (files.retina && existsSync(join(iconsDir, files.retina))) image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(join(iconsDir, files.retina)) });
  return image;
}
