// The kiosk commands on a MeetingService's bridge. Until a kiosk runtime attaches (kiosk mode),
// kioskStatus answers null and the others not_found; once attached they drive the room policy.
import type { BridgeEventBody, CommandError, Result } from '../shared/bridge';
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

const fail = (code: CommandError['code'], message: string, detail?: string): CommandRefusal => ({
  ok: false,
  error: commandError(code, message, detail),
});
const notKiosk = () => fail('not_found', 'Parley is not running as a kiosk room system.');
const wrongPin = () => fail('forbidden', 'The admin PIN is not correct.');
const done = { ok: true as const, value: null };
const kioskWording = { invalidArgument: 'The request was not valid.', failed: 'The kiosk could not do that.' };

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
    kioskCheckAdminPin: command('kioskCheckAdminPin', async (kiosk, arg) => ({ ok: true, value: kiosk.checkAdminPin(arg.pin) })),
    kioskSaveSetup: command('kioskSaveSetup', async (kiosk, arg) => {
      if (!kiosk.checkAdminPin(arg.adminPin)) return wrongPin();
      const saved = await kiosk.saveSetup(arg.fields);
      return saved.ok ? saved : fail('invalid_argument', 'The configuration was not saved.', saved.error);
    }),
    kioskExit: command('kioskExit', async (kiosk, arg) => {
      if (!kiosk.checkAdminPin(arg.adminPin)) return wrongPin();
      logger.info('kiosk mode left by an administrator');
      await kiosk.exit();
      return done;
    }),
  };

  return {
    handlers,
    attach(next) {
      target = next;
    },
    emit,
  };
}
