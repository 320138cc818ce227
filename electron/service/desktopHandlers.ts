// The desktop commands on a MeetingService's bridge (updates, system-wide shortcuts' status,
// trusted node certificates). Until the desktop app attaches its target they answer not_found.
import type { CommandError, Result } from '../shared/bridge';
import type { DesktopCommandMap } from '../shared/desktopCommands';
import { commandError, type Logger } from '../infinity';
import { createCommandGuard, required, type CommandRefusal } from './commandGuard';
import type { DesktopTarget } from './ports';

export type DesktopHandlers = {
  [K in keyof DesktopCommandMap]: (arg: DesktopCommandMap[K]['arg']) => Promise<Result<DesktopCommandMap[K]['value'], DesktopCommandMap[K]['error']>>;
};

export interface DesktopSlot {
  handlers: DesktopHandlers;
  attach(target: DesktopTarget): void;
}

const fail = (code: CommandError['code'], message: string): CommandRefusal => ({ ok: false, error: commandError(code, message) });
const notDesktop = () => fail('not_found', 'This is only available in the Parley desktop app.');
const wording = { invalidArgument: 'That request is not valid.', failed: 'Parley could not do that.' };

export function createDesktopSlot(logger: Logger): DesktopSlot {
  let target: DesktopTarget | null = null;
  const command = createCommandGuard({ target: required(() => target, notDesktop), logger, messages: wording });
  const handlers: DesktopHandlers = {
    desktopStatus: command('desktopStatus', async (desktop) => ({ ok: true, value: desktop.status() })),
    updateCheckNow: command('updateCheckNow', async (desktop) => ({ ok: true, value: await desktop.checkForUpdates() })),
    updateRestart: command('updateRestart', async (desktop) =>
      desktop.restartToUpdate() ? { ok: true, value: null } : fail('forbidden', 'Parley restarts to update only when you are not in a meeting and an update is ready.'),
    ),
    trustedCertificates: command('trustedCertificates', async (desktop) => ({ ok: true, value: desktop.trustedCertificates() })),
    trustedCertificateForget: command('trustedCertificateForget', async (desktop, { host }) => ({ ok: true, value: await desktop.forgetCertificate(host) })),
    systemShortcutKeysChange: command('systemShortcutKeysChange', async (desktop, change) => desktop.changeShortcutKeys(change)),
  };
  return {
    handlers,
    attach(next) {
      target = next;
    },
  };
}
