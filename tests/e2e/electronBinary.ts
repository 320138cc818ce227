// Where the Electron executable is, if this machine has it (some, like our CI, cannot download it).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function installedElectron(projectRoot: string): string | null {
  const electronDir = resolve(projectRoot, 'node_modules/electron');
  const pathFile = resolve(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = resolve(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}
