// How the contract travels: Electron IPC channel names and the browser host's WebSocket frames.
import type { CommandName, CommandResult } from './bridge';
import type { WireBridgeEvent } from './rosterPacking';

/** Electron IPC channel names (one invoke channel per command is `parley:cmd:<name>`). */
export const ipcChannels = {
  commandPrefix: 'parley:cmd:',
  event: 'parley:event',
} as const;

/** Browser-host WebSocket frames. Events travel in their wire form (rosterPacking.ts: the roster packed). */
export type HostClientFrame = { id: number; command: CommandName; arg: unknown };
export type HostServerFrame =
  | { id: number; result: CommandResult<CommandName> }
  | { event: WireBridgeEvent };

/** Path the browser host serves its WebSocket bridge on. */
export const hostBridgePath = '/bridge';
