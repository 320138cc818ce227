// The kiosk commands on a MeetingService's bridge. Until a kiosk runtime attaches (kiosk mode),
// kioskStatus answers null and the others not_found; once attached they drive the room policy.
import type { BridgeEventBody, CommandError, Result } from '../../shared/bridge';
import type { KioskCommandMap, KioskEventBody, KioskSetupFields, KioskStatus } from '../../shared/kioskCommands';
import type { Logger } from '../logger';
import type { KioskPolicy } from '../kiosk/kioskPolicy';
import { kioskArgumentSchemas } from './kioskArguments';

/** What kiosk mode provides: the policy plus the parts only the host knows (files, the window). */
export interface KioskCommandTarget {
  policy: KioskPolicy;
  checkAdminPin(pin: string): boolean;
  saveSetup(fields: KioskSetupFields): Promise<Result<KioskStatus, string>>;
  /** Leaves kiosk mode (Electron: an ordinary window again; browser host: nothing to leave). */
  exit(): Promise<void>;
}

export type KioskHandlers = {
  [K in keyof KioskCommandMap]: (arg: KioskCommandMap[K]['arg']) => Promise<Result<KioskCommandMap[K]['value'], KioskCommandMap[K]['error']>>;
};

export interface KioskSlot {
  handlers: KioskHandlers;
  attach(target: KioskCommandTarget): void;
  emit(body: KioskEventBody): void;
}

const fail = (code: CommandError['code'], message: string, detail?: string): { ok: false; error: CommandError } => ({
  ok: false,
  error: detail === undefined ? { code, message } : { code, message, detail },
});
const notKiosk = () => fail('not_found', 'Parley is not running as a kiosk room system.');
const wrongPin = () => fail('forbidden', 'The admin PIN is not correct.');
const done = { ok: true as const, value: null };

export function createKioskSlot(emit: (body: BridgeEventBody) => void, logger: Logger): KioskSlot {
  let target: KioskCommandTarget | null = null;

  function parse<K extends keyof KioskCommandMap>(name: K, raw: unknown): { ok: true; value: KioskCommandMap[K]['arg'] } | { ok: false; error: CommandError } {
    const parsed = kioskArgumentSchemas[name].safeParse(raw);
    if (parsed.success) return { ok: true, value: parsed.data as KioskCommandMap[K]['arg'] };
    const issue = parsed.error.issues.map((i) => `${i.path.join('.') || '(argument)'}: ${i.message}`).join('; ');
    return fail('invalid_argument', 'The request was not valid.', issue);
  }

  /** Validation, the kiosk-mode check and a no-throw guard around each command. */
  function command<K extends keyof KioskCommandMap>(
    name: K,
    run: (kiosk: KioskCommandTarget, arg: KioskCommandMap[K]['arg']) => Promise<Result<KioskCommandMap[K]['value'], CommandError>>,
  ): KioskHandlers[K] {
    const handler = async (raw: unknown): Promise<Result<KioskCommandMap[K]['value'], CommandError>> => {
      const parsed = parse(name, raw);
      if (!parsed.ok) return parsed;
      if (!target) return notKiosk();
      try {
        return await run(target, parsed.value);
      } catch (error) {
        logger.error(`${name} threw`, { error });
        return fail('failed', 'The kiosk could not do that.');
      }
    };
    // TypeScript cannot correlate K across the handlers' union of signatures; the cast restores it.
    return handler as unknown as KioskHandlers[K];
  }

  const handlers: KioskHandlers = {
    kioskStatus: async (raw) => {
      const parsed = parse('kioskStatus', raw);
      if (!parsed.ok) return parsed;
      return { ok: true, value: target ? target.policy.status() : null };
    },
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
