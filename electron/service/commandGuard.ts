// How every bridge command handler is guarded. The renderer is untrusted, so the argument is
// validated before anything else; then the command needs what it acts on (a joined meeting, kiosk
// mode) or answers why not; and nothing may throw across the bridge, so a throw is logged and
// answered as `failed`.
import type { BridgeHandlers, CommandError, CommandName, CommandResult, CommandWords } from '../shared/bridge';
import { commandError, type Logger, requestWords } from '../infinity';
import { parseCommandArgument, type ParsedArgument } from './commandArguments';

export type CommandRefusal = { ok: false; error: CommandError };

/** What a command acts on right now, or the refusal to send back when it is not there. */
export type CommandTarget<T> = () => { ok: true; value: T } | CommandRefusal;

/** Every command but join fails with a CommandError (join has its own JoinError). */
export type GuardedCommandName = Exclude<CommandName, 'join'>;

export type GuardedRun<K extends GuardedCommandName, T> = (target: T, arg: ParsedArgument<K>) => Promise<CommandResult<K>>;

export type GuardedCommand<T> = <K extends GuardedCommandName>(name: K, run: GuardedRun<K, T>) => BridgeHandlers[K];

export interface CommandGuardOptions<T> {
  target: CommandTarget<T>;
  logger: Logger;
  /** What the person reads for a refused argument or a command that threw (default: the meeting's wording). */
  messages?: { invalidArgument: CommandWords; failed: CommandWords };
}

const meetingWording = { invalidArgument: requestWords.invalidArgument, failed: requestWords.failed };

/** A target that may be missing (no meeting, not in kiosk mode): `refusal` answers for it then. */
export function required<T>(value: () => T | null, refusal: () => CommandRefusal): CommandTarget<T> {
  return () => {
    const current = value();
    return current === null ? refusal() : { ok: true, value: current };
  };
}

/** A target that is always there (commands that work in any state). */
export function always<T>(value: () => T): CommandTarget<T> {
  return () => ({ ok: true, value: value() });
}

export function createCommandGuard<T>(options: CommandGuardOptions<T>): GuardedCommand<T> {
  const messages = options.messages ?? meetingWording;
  return <K extends GuardedCommandName>(name: K, run: GuardedRun<K, T>): BridgeHandlers[K] => {
    const handler = async (rawArg: unknown): Promise<CommandResult<K> | CommandRefusal> => {
      const parsed = parseCommandArgument(name, rawArg);
      if (!parsed.ok) return { ok: false, error: commandError('invalid_argument', messages.invalidArgument, parsed.issue) };
      const target = options.target();
      if (!target.ok) return target;
      try {
        return await run(target.value, parsed.value);
      } catch (error) {
        options.logger.error(`${name} threw`, { error });
        return { ok: false, error: commandError('failed', messages.failed) };
      }
    };
    // Every guarded command fails with CommandError; TypeScript cannot see that through K.
    return handler as unknown as BridgeHandlers[K];
  };
}
