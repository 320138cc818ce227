// The guard for commands that act on the joined meeting: they answer not_joined without one.
import type { BridgeHandlers, CommandResult } from '../shared/bridge';
import { type ActiveMeeting, commandError, type Logger, type OperationContext, requestWords } from '../infinity';
import { createCommandGuard, required, type CommandTarget, type GuardedCommandName } from './commandGuard';
import type { ParsedArgument } from './commandArguments';

export type InMeetingRun<K extends GuardedCommandName> = (
  active: ActiveMeeting,
  context: OperationContext,
  arg: ParsedArgument<K>,
) => Promise<CommandResult<K>>;

export type InMeetingCommand = <K extends GuardedCommandName>(name: K, run: InMeetingRun<K>) => BridgeHandlers[K];

/** The meeting a command may act on: joined and not yet ended. */
export function joinedMeeting(currentMeeting: () => ActiveMeeting | null): CommandTarget<ActiveMeeting> {
  return required(
    () => {
      const active = currentMeeting();
      return active && !active.isEnded ? active : null;
    },
    () => ({ ok: false, error: commandError('not_joined', requestWords.notJoined) }),
  );
}

export function createInMeetingCommand(currentMeeting: () => ActiveMeeting | null, logger: Logger): InMeetingCommand {
  const guarded = createCommandGuard({ target: joinedMeeting(currentMeeting), logger });
  return (name, run) => guarded(name, (active, arg) => run(active, active.commandContext, arg));
}
