// Bridge handlers for presenting and receiving presentations: the floor (take_floor /
// release_floor), presentation stills fetched with the token (only the image goes back), and
// Parley's own screen picker, which only a host with a desktop capturer (Electron main) offers.
import type { BridgeHandlers, CommandError, CommandWords } from '../shared/bridge';
import type { PresentationCommandName, ShareCapabilities } from '../shared/presentationCommands';
import {
  type ActiveMeeting,
  commandError,
  type Logger,
  type OperationContext,
  type OperationError,
  otherFunctions,
  participantFunctions,
} from '../infinity';
import { always, createCommandGuard, required } from './commandGuard';
import { createInMeetingCommand } from './inMeetingCommand';
import type { ScreenShareHost } from './ports';

type PresentationHandlers = Pick<BridgeHandlers, PresentationCommandName>;

export const presentationMessages = {
  noPicker: 'Choosing a screen is done by the browser here.',
  unknownSource: 'That screen or window is no longer available.',
  noFrame: 'There is no presentation image to show yet.',
  refused: 'The meeting did not let you present.',
} as const;

export const presentationWords = {
  noPicker: { message: presentationMessages.noPicker, wording: 'noPicker' },
  unknownSource: { message: presentationMessages.unknownSource, wording: 'unknownSource' },
  noFrame: { message: presentationMessages.noFrame, wording: 'noPresentationImage' },
  refused: { message: presentationMessages.refused, wording: 'presentRefused' },
} as const satisfies Record<keyof typeof presentationMessages, CommandWords>;

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

/** The bridge's error: the HTTP status stays in the core. */
function withoutStatus(error: OperationError): CommandError {
  const { status: _status, ...rest } = error;
  return rest;
}

export function createPresentationHandlers(
  currentMeeting: () => ActiveMeeting | null,
  logger: Logger,
  screenShare: ScreenShareHost | null = null,
): PresentationHandlers {
  const inMeeting = createInMeetingCommand(currentMeeting, logger);
  const noPicker = { ok: false as const, error: commandError('not_found', presentationWords.noPicker) };
  /** Parley's own picker commands: without a desktop host they answer noPicker. */
  const withPicker = createCommandGuard({ target: required(() => screenShare, () => noPicker), logger });
  const anyTime = createCommandGuard({ target: always(() => screenShare), logger });

  function self(ctx: OperationContext): { participantUuid: string } {
    return { participantUuid: ctx.participantUuid };
  }

  return {
    takeFloor: inMeeting('takeFloor', async (_active, ctx) => {
      const result = await participantFunctions.takeFloor(ctx, self(ctx));
      if (result.ok) return { ok: true, value: null };
      // Any refusal means "do not present"; the node's reason (e.g. guests may not present) goes along.
      return { ok: false, error: { ...withoutStatus(result.error), ...presentationWords.refused } };
    }),

    releaseFloor: inMeeting('releaseFloor', async (_active, ctx) => {
      const result = await participantFunctions.releaseFloor(ctx, self(ctx));
      return result.ok ? { ok: true, value: null } : { ok: false, error: withoutStatus(result.error) };
    }),

    fetchPresentationFrame: inMeeting('fetchPresentationFrame', async (active, ctx, arg) => {
      const frameId = arg.frameId ?? active.state.latestPresentationFrameId;
      if (frameId === null) return { ok: false, error: commandError('not_found', presentationWords.noFrame) };
      const result = await otherFunctions.presentationFrame(ctx, {
        frameId,
        ...(arg.high === undefined ? {} : { high: arg.high }),
      });
      if (!result.ok) return { ok: false, error: withoutStatus(result.error) };
      if (result.value.bytes.byteLength === 0 || result.value.bytes.byteLength > maxFrameBytes) {
        return { ok: false, error: commandError('failed', presentationWords.noFrame, 'Unusable image') };
      }
      return { ok: true, value: { dataUrl: dataUrlOf(result.value.contentType, result.value.bytes) } };
    }),

    getShareCapabilities: anyTime('getShareCapabilities', async (host) => ({
      ok: true,
      value: host ? await host.capabilities() : browserShareCapabilities,
    })),

    listShareSources: withPicker('listShareSources', async (host, arg) => ({ ok: true, value: await host.listSources(arg.thumbnailWidth) })),

    chooseShareSource: withPicker('chooseShareSource', async (host, arg) => {
      const known = await host.choose(arg.sourceId, arg.audio);
      return known ? { ok: true, value: null } : { ok: false, error: commandError('not_found', presentationWords.unknownSource) };
    }),

    openScreenRecordingSettings: withPicker('openScreenRecordingSettings', async (host) => {
      await host.openScreenRecordingSettings();
      return { ok: true, value: null };
    }),
  };
}
