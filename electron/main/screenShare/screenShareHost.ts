// Electron's side of sharing a screen: desktopCapturer feeds Parley's picker, the renderer's
// choice is kept for the next getDisplayMedia, and the session's display-media handler grants
// exactly that source. On Linux Wayland the system portal picks (desktopCapturer then returns the
// one source the person chose there). Thin glue: the decisions live in the plain files beside it.
import { BrowserWindow, desktopCapturer, shell, systemPreferences, type Session } from 'electron';
import type { ScreenShareHost } from '../../service';
import type { ShareSource } from '../../shared/presentationCommands';
import { isAppUrl } from '../appProtocol';
import { ShareChoice } from './shareChoice';
import { currentComputerSound } from './computerSoundHost';
import { macScreenRecordingSettingsUrl, shareCapabilities, streamsFor, type PlatformFacts } from './sharePlatform';
import { thumbnailSize, toShareSources } from './shareSources';

function platformFacts(): PlatformFacts {
  const facts: PlatformFacts = { platform: process.platform, env: process.env, computerSound: currentComputerSound() };
  if (process.platform === 'darwin') facts.screenAccess = systemPreferences.getMediaAccessStatus('screen');
  return facts;
}

function ownWindowIds(): string[] {
  return BrowserWindow.getAllWindows().map((window) => window.getMediaSourceId());
}

export function createScreenShareHost(session: Session): ScreenShareHost {
  const choice = new ShareChoice();
  const capabilities = () => shareCapabilities(platformFacts());

  session.setDisplayMediaRequestHandler(async (request, callback) => {
    try {
      if (!isAppUrl(request.securityOrigin) || !request.videoRequested) return callback(null);
      if (capabilities().picker === 'system') {
        // The portal dialog opens here; it returns only what the person picked.
        const [picked] = await desktopCapturer.getSources({ types: ['screen', 'window'], thumbnailSize: { width: 0, height: 0 } });
        return callback(picked ? { video: picked } : null);
      }
      const chosen = choice.take();
      if (!chosen) return callback(null);
      const sources = await desktopCapturer.getSources({ types: ['screen', 'window'], thumbnailSize: { width: 0, height: 0 } });
      const source = sources.find((candidate) => candidate.id === chosen.sourceId);
      if (!source) return callback(null);
      const streams = streamsFor(source, chosen.audio && request.audioRequested, process.platform, currentComputerSound());
      // Electron's typings name two loopback ids; Chromium takes "loopbackWithoutChrome" through the
      // same field unchanged (computerSound.ts says why it is the one that leaves the meeting out).
      callback(streams as Parameters<typeof callback>[0]);
    } catch (error) {
      console.error('Parley: screen sharing could not start:', error instanceof Error ? error.message : error);
      callback(null);
    }
  });

  async function listSources(thumbnailWidth: number): Promise<ShareSource[]> {
    const sources = await desktopCapturer.getSources({
      types: ['screen', 'window'],
      thumbnailSize: thumbnailSize(thumbnailWidth),
      fetchWindowIcons: true,
    });
    return toShareSources(sources, { ownWindowIds: ownWindowIds() });
  }

  return {
    capabilities: () => Promise.resolve(capabilities()),
    listSources,
    async choose(sourceId, audio) {
      const known = (await desktopCapturer.getSources({ types: ['screen', 'window'], thumbnailSize: { width: 0, height: 0 } })).some(
        (source) => source.id === sourceId,
      );
      if (known) choice.set({ sourceId, audio });
      return known;
    },
    async openScreenRecordingSettings() {
      if (process.platform === 'darwin') await shell.openExternal(macScreenRecordingSettingsUrl);
    },
  };
}
