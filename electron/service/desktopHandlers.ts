// The desktop commands on a MeetingService's bridge (updates, system-wide shortcuts' status,
// trusted node certificates). Until the desktop app attaches its target they answer not_found.
import type { CommandError, CommandWords, Result } from '../shared/bridge';
import { wordsOf } from '../shared/commandWording';
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

export const desktopMessages = {
  desktopOnly: 'This is only available in the Parley desktop app.',
  desktopRequestInvalid: 'That request is not valid.',
  desktopFailed: 'Parley could not do that.',
  updateRestartRefused: 'Parley restarts to update only when you are not in a meeting and an update is ready.',
} as const;
const words = wordsOf(desktopMessages);

const fail = (code: CommandError['code'], message: CommandWords): CommandRefusal => ({ ok: false, error: commandError(code, message) });
const notDesktop = () => fail('not_found', words.desktopOnly);
const wording = { invalidArgument: words.desktopRequestInvalid, failed: words.desktopFailed };

export function createDesktopSlot(logger: Logger): DesktopSlot {
  let target: DesktopTarget | null = null;
  const command = createCommandGuard({ target: required(() => target, notDesktop), logger, messages: wording });
  const handlers: DesktopHandlers = {
    desktopStatus: command('desktopStatus', async (desktop) => ({ ok: true, value: desktop.status() })),
    updateCheckNow: command('updateCheckNow', async (desktop) => ({ ok: true, value: await desktop.checkForUpdates() })),
    updateRestart: command('updateRestart', async (desktop) =>
      desktop.restartToUpdate() ? { ok: true, value: null } : fail('forbidden', words.updateRestartRefused),
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
