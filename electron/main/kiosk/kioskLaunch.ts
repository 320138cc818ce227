// Kiosk mode is on with --kiosk, --config or PARLEY_CONFIG, or when a kiosk configuration file
// exists at the documented system or user path.
import { existsSync } from 'node:fs';
import type { KioskConfigPaths } from '../../kiosk';

export function isKioskLaunch(argv: readonly string[], env: NodeJS.ProcessEnv, paths: KioskConfigPaths): boolean {
  if (argv.includes('--kiosk') || argv.some((arg) => arg === '--config' || arg.startsWith('--config='))) return true;
  if (env.PARLEY_CONFIG) return true;
  return existsSync(paths.user) || existsSync(paths.system);
}
