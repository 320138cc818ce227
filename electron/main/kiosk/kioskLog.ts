// Kiosk logs: rotating files through electron-log, written through the core's Logger interface so
// every field passes the core's secret redaction first (token, PIN, passwords never reach disk).
import { existsSync, renameSync, rmSync } from 'node:fs';
import log from 'electron-log/main';
import { redactFields, redactText, type Logger } from '../../service';

const keepFiles = 5;
const maxFileBytes = 5 * 1024 * 1024;

/** kiosk.log → kiosk.1.log → … → kiosk.5.log (the oldest is removed). Must be synchronous. */
export function rotateLogFiles(path: string, keep: number = keepFiles): void {
  const numbered = (index: number): string => path.replace(/\.log$/, `.${index}.log`);
  rmSync(numbered(keep), { force: true });
  for (let index = keep - 1; index >= 1; index -= 1) {
    if (existsSync(numbered(index))) renameSync(numbered(index), numbered(index + 1));
  }
  renameSync(path, numbered(1));
}

export function createKioskLogger(): Logger {
  log.transports.file.fileName = 'kiosk.log';
  log.transports.file.maxSize = maxFileBytes;
  log.transports.file.archiveLogFn = (file) => rotateLogFiles(file.path);
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (msg: string, fields?: Record<string, unknown>) => {
    if (fields) log[level](redactText(msg), JSON.stringify(redactFields(fields)));
    else log[level](redactText(msg));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
