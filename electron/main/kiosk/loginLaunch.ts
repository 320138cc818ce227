// What start at login must run to bring the room back as it was started: every kiosk flag of this
// launch (--config, --status-port, flag-set keys), PARLEY_CONFIG turned into --config (the login
// session has no such variable), relative paths made absolute (the login session starts elsewhere).
// No electron import, so it is unit-tested as is.
import { isAbsolute, resolve } from 'node:path';
import { kioskFlagNames } from '../../kiosk';

const withValue = new Set<string>(kioskFlagNames.withValue);
const switches = new Set<string>(kioskFlagNames.switches);

/** `userArgs`: the command line after the program (and, unpackaged, the app folder). */
export function loginLaunchArgs(userArgs: readonly string[], env: NodeJS.ProcessEnv, cwd: string): string[] {
  const args = ['--kiosk'];
  let hasConfig = false;
  const absolute = (path: string): string => (isAbsolute(path) ? path : resolve(cwd, path));
  for (let index = 0; index < userArgs.length; index += 1) {
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(userArgs[index] ?? '');
    const name = match?.[1];
    if (!match || !name || name === 'kiosk') continue;
    if (switches.has(name)) {
      args.push(userArgs[index] as string);
    } else if (withValue.has(name)) {
      let value = match[2];
      if (value === undefined) {
        const next = userArgs[index + 1];
        if (next === undefined || next.startsWith('--')) continue;
        value = next;
        index += 1;
      }
      if (name === 'config') {
        hasConfig = true;
        value = absolute(value);
      }
      args.push(`--${name}=${value}`);
    }
  }
  if (!hasConfig && env.PARLEY_CONFIG) args.push(`--config=${absolute(env.PARLEY_CONFIG)}`);
  return args;
}
