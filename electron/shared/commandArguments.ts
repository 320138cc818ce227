// Every command's argument schema, composed from the area files. Handlers parse each untrusted
// argument with these before doing anything. Kept apart from bridge.ts so the renderer, which only
// needs the types, does not bundle the schemas.
import type { z } from 'zod';
import type { CommandArg, CommandName } from './bridge';
import { coreArgumentSchemas } from './coreArguments';
import { meetingControlsArgumentSchemas } from './meetingControlsArguments';
import { presentationArgumentSchemas } from './presentationArguments';
import { kioskArgumentSchemas } from './kioskArguments';
import { breakoutArgumentSchemas } from './breakoutArguments';
import { settingsArgumentSchemas } from './settingsArguments';
import { desktopArgumentSchemas } from './desktopArguments';

export const commandArgumentSchemas = {
  ...coreArgumentSchemas,
  ...meetingControlsArgumentSchemas,
  ...presentationArgumentSchemas,
  ...kioskArgumentSchemas,
  ...breakoutArgumentSchemas,
  ...settingsArgumentSchemas,
  ...desktopArgumentSchemas,
} satisfies { [K in CommandName]: z.ZodType<CommandArg<K>, unknown> };

export type ParsedArgument<K extends CommandName> = z.output<(typeof commandArgumentSchemas)[K]>;
