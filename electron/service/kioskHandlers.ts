// The kiosk commands on a MeetingService's bridge. Until a kiosk runtime attaches (kiosk mode),
// kioskStatus answers null and the others not_found; once attached they drive the room policy.
import type { BridgeEventBody, CommandError, CommandWords, Result } from '../shared/bridge';
import { wordsOf } from '../shared/commandWording';
import type { KioskCommandMap, KioskEventBody } from '../shared/kioskCommands';
import { commandError, type Logger } from '../infinity';
import { always, createCommandGuard, required, type CommandRefusal } from './commandGuard';
import type { KioskCommandTarget } from './ports';

export type KioskHandlers = {
  [K in keyof KioskCommandMap]: (arg: KioskCommandMap[K]['arg']) => Promise<Result<KioskCommandMap[K]['value'], KioskCommandMap[K]['error']>>;
};

export interface KioskSlot {
  handlers: KioskHandlers;
  attach(target: KioskCommandTarget): void;
  emit(body: KioskEventBody): void;
}

export const noAdminPinMessage =
  'This room has no admin PIN, so kiosk mode cannot be left and the room cannot be changed from this screen. An administrator must add "adminPin" to the configuration file.';
export const kioskMessages = {
  notKiosk: 'Parley is not running as a kiosk room system.',
  adminPinWrong: 'The admin PIN is not correct.',
  adminPinLockedOut: 'Too many wrong admin PINs. Wait a few minutes and try again.',
  noAdminPin: noAdminPinMessage,
  firstRunNeedsPin: 'Choose an admin PIN (4 to 12 digits): it is what lets an administrator leave kiosk mode or change the room later.',
  kioskRequestInvalid: 'The request was not valid.',
  kioskFailed: 'The kiosk could not do that.',
  setupNotSaved: 'The configuration was not saved.',
} as const;
const words = wordsOf(kioskMessages);

const fail = (code: CommandError['code'], message: CommandWords, detail?: string): CommandRefusal => ({
  ok: false,
  error: commandError(code, message, detail),
});
const notKiosk = () => fail('not_found', words.notKiosk);
const wrongPin = () => fail('forbidden', words.adminPinWrong);
const lockedOut = () => fail('forbidden', words.adminPinLockedOut);
const noAdminPin = () => fail('forbidden', words.noAdminPin);
const firstRunNeedsPin = () => fail('invalid_argument', words.firstRunNeedsPin);
const done = { ok: true as const, value: null };
const kioskWording = { invalidArgument: words.kioskRequestInvalid, failed: words.kioskFailed };

export function createKioskSlot(emit: (body: BridgeEventBody) => void, logger: Logger): KioskSlot {
  let target: KioskCommandTarget | null = null;

  /** Commands that drive the room policy: not_found until kiosk mode attaches. */
  const command = createCommandGuard({ target: required(() => target, notKiosk), logger, messages: kioskWording });
  const anyTime = createCommandGuard({ target: always(() => target), logger, messages: kioskWording });

  const handlers: KioskHandlers = {
    kioskStatus: anyTime('kioskStatus', async (kiosk) => ({ ok: true, value: kiosk ? kiosk.policy.status() : null })),
    kioskJoin: command('kioskJoin', async (kiosk) => {
      kiosk.policy.join();
      return done;
    }),
    kioskLeave: command('kioskLeave', async (kiosk) => {
      await kiosk.policy.leave();
      return done;
    }),
    kioskMediaFailed: command('kioskMediaFailed', async (kiosk, arg) => {
      void kiosk.policy.mediaFailed(arg.reason);
      return done;
    }),
    kioskSetRoom: command('kioskSetRoom', async (kiosk, arg) => {
      kiosk.policy.setRoom(arg);
      return done;
    }),
    kioskMediaStats: command('kioskMediaStats', async (kiosk, arg) => {
      kiosk.policy.mediaStats(arg);
      return done;
    }),
    kioskCheckAdminPin: command('kioskCheckAdminPin', async (kiosk, arg) => {
      const verdict = await kiosk.checkAdminPin(arg.pin);
      if (verdict === 'not_set') logger.warn('kiosk admin prompt refused: no admin PIN is configured');
      return { ok: true, value: verdict === 'accepted' };
    }),
    kioskSaveSetup: command('kioskSaveSetup', async (kiosk, arg) => {
      if (kiosk.firstRun()) {
        // Nothing to protect yet, but the room must not be left without a way to guard it.
        if (!arg.fields.newAdminPin) return firstRunNeedsPin();
      } else {
        const refusal = await adminRefusal(kiosk, arg.adminPin, 'Room setup');
        if (refusal) return refusal;
      }
      const saved = await kiosk.saveSetup(arg.fields);
      if (saved.ok) return saved;
      const refusal = commandError('invalid_argument', words.setupNotSaved, saved.error.map((problem) => problem.message).join('; '));
      return { ok: false, error: { ...refusal, configProblems: saved.error } };
    }),
    kioskExit: command('kioskExit', async (kiosk, arg) => {
      const refusal = await adminRefusal(kiosk, arg.adminPin, 'Leaving kiosk mode');
      if (refusal) return refusal;
      logger.info('kiosk mode left by an administrator');
      await kiosk.exit();
      return done;
    }),
  };

  /** Why the admin PIN does not open `what`, logged when it is because there is no admin PIN; null when it does. */
  async function adminRefusal(kiosk: KioskCommandTarget, pin: string, what: string): Promise<CommandRefusal | null> {
    const verdict = await kiosk.checkAdminPin(pin);
    if (verdict === 'accepted') return null;
    if (verdict === 'not_set') {
      logger.warn(`${what} refused: this room has no admin PIN configured (add "adminPin" to the configuration file)`);
      return noAdminPin();
    }
    return verdict === 'locked' ? lockedOut() : wrongPin();
  }

  return {
    handlers,
    attach(next) {
      target = next;
    },
    emit,
  };
}
