// Stands in for electron/main/kiosk/kioskLog (electron-log requires the real Electron package).
import type { Logger } from '../../../../../electron/service';

type LogLine = { level: string; msg: string; fields?: Record<string, unknown> };
// Shared by every copy of this module (the wiring tests re-import main, and with it this mock).
export const kioskLogLines: LogLine[] = ((globalThis as unknown as Record<symbol, LogLine[] | undefined>)[Symbol.for('parley.kioskLogLines')] ??= []);

export function createKioskLogger(): Logger {
  const write = (level: string) => (msg: string, fields?: Record<string, unknown>) => void kioskLogLines.push({ level, msg, ...(fields ? { fields } : {}) });
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

export function rotateLogFiles(): void {}
