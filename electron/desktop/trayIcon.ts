// Which of resources/icons the tray draws. Windows and Linux scale the 32 px icon to their tray. The
// macOS menu bar is 22 pt high and draws an image at its size in points, so a 32 px image would stand
// out above it: there the 16 px icon is drawn, with the 32 px one as its Retina (2x) form.
export interface TrayIconFiles {
  /** The image at scale factor 1. */
  file: string;
  /** The same at scale factor 2, where the system uses one. */
  retina: string | null;
}

export function trayIconFiles(platform: NodeJS.Platform): TrayIconFiles {
  return platform === 'darwin' ? { file: '16x16.png', retina: '32x32.png' } : { file: '32x32.png', retina: null };
}
