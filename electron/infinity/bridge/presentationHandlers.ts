// Bridge handlers for presenting and receiving presentations: the floor (take_floor /
// release_floor), presentation stills fetched with the token (only the image goes back), and
// Parley's own screen picker, which only a host with a desktop capturer (Electron main) offers.
import type { BridgeHandlers, CommandError, CommandResult } from '../../shared/bridge';
import type {
  PresentationCommandName,
  ShareCapabilities,
  ShareSource,
} from '../../shared/presentationCommands';
import type { Logger } from '../logger';
import type { ActiveMeeting } from '../session/activeMeeting';
import { commandError, commandMessages } from '../commands/commandRequest';
import { participantFunctions } from '../operations/participant';
import { otherFunctions } from '../operations/other';
import type { OperationContext } from '../operations/operationRequest';
import { parseCommandArgument, type ParsedArgument } from './commandArguments';

type PresentationHandlers = Pick<BridgeHandlers, PresentationCommandName>;

/** What a desktop host (Electron main) provides for Parley's own screen picker. */
export interface ScreenShareHost {
  capabilities(): Promise<ShareCapabilities>;
  listSources(thumbnailWidth: number): Promise<ShareSource[]>;
  /** Remembers the source for the next display-media request; false when no such source exists. */
  choose(sourceId: string, audio: boolean): Promise<boolean>;
  openScreenRecordingSettings(): Promise<void>;
}

export const presentationMessages = {
  noPicker: 'Choosing a screen is done by the browser here.',
  unknownSource: 'That screen or window is no longer available.',
  noFrame: 'There is no presentation image to show yet.',
  refused: 'The meeting did not let you present.',
} as const;

/** Without a desktop host the browser's own getDisplayMedia prompt picks what to share. */
export const browserShareCapabilities: ShareCapabilities = {
  picker: 'browser',
  audio: false,
  screenAccess: 'granted',
  canOpenSettings: false,
};

const maxFrameBytes = 8 * 1024 * 1024;

/** Only an image type may become a data: URL the renderer shows. */
function imageType(contentType: string): string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^image\/(jpeg|png|webp)$/.test(type) ? type : 'image/jpeg';
}

function dataUrlOf(contentType: string, bytes: Uint8Array): string {
  return `data:${imageType(contentType)};base64,${Buffer.from(bytes).toString('base64')}`;
}

export function createPresentationHandlers(
  currentMeeting: () => ActiveMeeting | null,
  logger: Logger,
  screenShare: ScreenShareHost | null = null,
): PresentationHandlers {
  /** Argument validation and a no-throw guard; `needsMeeting` adds the joined check. */
  function guarded<K extends PresentationCommandName>(
    name: K,
    needsMeeting: boolean,
    run: (arg: ParsedArgument<K>, active: ActiveMeeting | null) => Promise<CommandResult<K>>,
  ): BridgeHandlers[K] {
    const handler = async (rawArg: unknown): Promise<CommandResult<K> | { ok: false; error: CommandError }> => {
      const parsed = parseCommandArgument(name, rawArg);
      if (!parsed.ok) return { ok: false, error: commandError('invalid_argument', commandMessages.invalidArgument, parsed.issue) };
      const active = currentMeeting();
      const joined = active !== null && !active.isEnded;
      if (needsMeeting && !joined) return { ok: false, error: commandError('not_joined', commandMessages.notJoined) };
      try {
        return await run(parsed.value, joined ? active : null);
      } catch (error) {
        logger.error(`${name} threw`, { error });
        return { ok: false, error: commandError('failed', commandMessages.failed) };
      }
    };
    // Every command here fails with CommandError; TypeScript cannot see that through K.
    return handler as unknown as BridgeHandlers[K];
  }

  function contextOf(active: ActiveMeeting | null): OperationContext {
    if (!active) throw new Error('no meeting');
    return active.commandContext;
  }

  function self(ctx: OperationContext): { participantUuid: string } {
    return { participantUuid: ctx.participantUuid };
  }

  const noPicker = { ok: false as const, error: commandError('not_found', presentationMessages.noPicker) };

  return {
    takeFloor: guarded('takeFloor', true, async (_arg, active) => {
      const ctx = contextOf(active);
      const result = await participantFunctions.takeFloor(ctx, self(ctx));
      if (result.ok) return { ok: true, value: null };
      // Any refusal means "do not present"; the node's reason (e.g. guests may not present) goes along.
      const { status: _status, ...error } = result.error;
      return { ok: false, error: { ...error, message: presentationMessages.refused } };
    }),

    releaseFloor: guarded('releaseFloor', true, async (_arg, active) => {
      const ctx = contextOf(active);
      const result = await participantFunctions.releaseFloor(ctx, self(ctx));
      if (result.ok) return { ok: true, value: null };
      const { status: _status, ...error } = result.error;
      return { ok: false, error };
    }),

    fetchPresentationFrame: guarded('fetchPresentationFrame', true, async (arg, active) => {
      if (!active) return { ok: false, error: commandError('not_joined', commandMessages.notJoined) };
      const frameId = arg.frameId ?? active.state.latestPresentationFrameId;
      if (frameId === null) return { ok: false, error: commandError('not_found', presentationMessages.noFrame) };
      const result = await otherFunctions.presentationFrame(active.commandContext, {
        frameId,
        ...(arg.high === undefined ? {} : { high: arg.high }),
      });
      if (!result.ok) {
        const { status: _status, ...error } = result.error;
        return { ok: false, error };
      }
      if (result.value.bytes.byteLength === 0 || result.value.bytes.byteLength > maxFrameBytes) {
        return { ok: false, error: commandError('failed', presentationMessages.noFrame, 'Unusable image') };
      }
      return { ok: true, value: { dataUrl: dataUrlOf(result.value.contentType, result.value.bytes) } };
    }),

    getShareCapabilities: guarded('getShareCapabilities', false, async () => ({
      ok: true,
      value: screenShare ? await screenShare.capabilities() : browserShareCapabilities,
    })),

    listShareSources: guarded('listShareSources', false, async (arg) =>
      screenShare ? { ok: true, value: await screenShare.listSources(arg.thumbnailWidth) } : noPicker,
    ),

    chooseShareSource: guarded('chooseShareSource', false, async (arg) => {
      if (!screenShare) return noPicker;
      const known = await screenShare.choose(arg.sourceId, arg.audio);
      return known ? { ok: true, value: null } : { ok: false, error: commandError('not_found', presentationMessages.unknownSource) };
    }),

    openScreenRecordingSettings: guarded('openScreenRecordingSettings', false, async () => {
      if (!screenShare) return noPicker;
      await screenShare.openScreenRecordingSettings();
      return { ok: true, value: null };
    }),
  };
}
