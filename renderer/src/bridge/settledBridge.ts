// A bridge whose commands never reject: whatever the transport does (the preload's invoke throws,
// a command is missing, the WebSocket client has a bug), the store gets a Result it can show. The
// stores therefore never wrap a bridge call in catch.
import { commandNames, type CommandArg, type CommandName, type CommandResult, type ParleyApi } from '../../../electron/shared/bridge';
import { bridgeMessages } from '../../../electron/shared/commandWording';

export const bridgeFailedMessage = bridgeMessages.bridgeFailed;

/**
 * The failure a rejected command becomes, worded (bridgeFailed: commandError.* for a command,
 * joinError.* for a join) so it is shown in the person's language. Join has no `failed` code, so a
 * lost join is `node_unreachable`.
 */
export function bridgeFailure<K extends CommandName>(command: K): CommandResult<K> {
  const code = command === 'join' ? 'node_unreachable' : 'failed';
  return { ok: false, error: { code, message: bridgeFailedMessage, wording: 'bridgeFailed' } } as CommandResult<K>;
}

async function settle<K extends CommandName>(api: ParleyApi, command: K, arg: CommandArg<K>): Promise<CommandResult<K>> {
  try {
    const send = api[command] as (arg: CommandArg<K>) => Promise<CommandResult<K>>;
    return await send.call(api, arg);
  } catch (error: unknown) {
    // The technical reason is for the log; the person sees bridgeFailedMessage.
    console.warn(`Parley: the bridge command ${command} failed:`, error instanceof Error ? error.message : String(error));
    return bridgeFailure(command);
  }
}

export function settledBridge(api: ParleyApi): ParleyApi {
  // Looked up on every call, so a test that swaps one command of the wrapped api still reaches it.
  const commands = Object.fromEntries(
    commandNames.map((name) => [name, (arg: CommandArg<typeof name>) => settle(api, name, arg)]),
  ) as unknown as Omit<ParleyApi, 'onEvent'>;
  return {
    ...commands,
    onEvent: (listener) => api.onEvent(listener),
  };
}
