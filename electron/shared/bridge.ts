// The bridge contract, composed: every command the renderer may send to the main process (or the
// browser host), with its argument, result and typed error, and the one union of events sent back.
// Each area declares its part in its own file; this file only combines them (and re-exports the
// pieces, so a consumer imports the whole contract from one place).
import type { Result } from './result';
import type { BridgeEventListener } from './events';
import { coreCommandNames, type CoreCommandMap } from './coreCommands';
import { meetingControlsCommandNames, type MeetingControlsCommandMap } from './meetingControlsCommands';
import { presentationCommandNames, type PresentationCommandMap } from './presentationCommands';
import { kioskCommandNames, type KioskCommandMap } from './kioskCommands';
import { breakoutCommandNames, type BreakoutCommandMap } from './breakoutCommands';
import { settingsCommandNames, type SettingsCommandMap } from './settingsCommands';
import { desktopCommandNames, type DesktopCommandMap } from './desktopCommands';

export type * from './result';
export type * from './commandWording';
export type * from './coreCommands';
export type * from './events';
export type * from './breakoutCommands';
export type * from './breakouts';
export type * from './settingsCommands';
export type * from './settings';
export type * from './desktopCommands';

/** Every command of every area. Add an area with `& <Area>CommandMap`. */
export type BridgeCommandMap = CoreCommandMap & MeetingControlsCommandMap & PresentationCommandMap & KioskCommandMap & BreakoutCommandMap & SettingsCommandMap & DesktopCommandMap;

export type CommandName = keyof BridgeCommandMap;
export type CommandArg<K extends CommandName> = BridgeCommandMap[K]['arg'];
export type CommandResult<K extends CommandName> = Result<BridgeCommandMap[K]['value'], BridgeCommandMap[K]['error']>;

/** Every command name, for transports that bind channels by name. Add an area with `...<area>CommandNames`. */
export const commandNames = [...coreCommandNames, ...meetingControlsCommandNames, ...presentationCommandNames, ...kioskCommandNames, ...breakoutCommandNames, ...settingsCommandNames, ...desktopCommandNames] as const satisfies readonly CommandName[];

// Compile-time check that the list above names every command.
type MissingCommands = Exclude<CommandName, (typeof commandNames)[number]>;
const _allCommandsListed: MissingCommands extends never ? true : false = true;
void _allCommandsListed;

export type BridgeHandlers = {
  [K in CommandName]: (arg: CommandArg<K>) => Promise<CommandResult<K>>;
};

/** What the renderer gets as `window.parley`. */
export interface ParleyApi extends BridgeHandlers {
  onEvent(listener: BridgeEventListener): () => void;
}

