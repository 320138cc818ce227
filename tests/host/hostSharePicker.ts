// Parley's own share picker in the browser host (`--share-picker`), for tests of what happens after
// the picker: one screen, "Share computer sound" offered the way Linux and older Windows offer it
// (the meeting cannot be left out, so the capture asks for echo cancellation). The host cannot tell
// Chromium which screen to grant (--use-fake-ui-for-media-stream grants its fake screen), so the
// choice is only checked.
import type { ScreenShareHost } from '../../electron/service';
import type { ShareCapabilities, ShareSource } from '../../electron/shared/presentationCommands';
import { computerSoundSupport } from '../../electron/main/screenShare/computerSound';
import { shareCapabilities } from '../../electron/main/screenShare/sharePlatform';

export const hostScreen: ShareSource = { id: 'screen:0:0', name: 'Entire screen', kind: 'screen', thumbnail: null, icon: null };

export function createHostSharePicker(): ScreenShareHost {
  const capabilities: ShareCapabilities = shareCapabilities({
    platform: 'linux',
    env: { XDG_SESSION_TYPE: 'x11' },
    computerSound: computerSoundSupport({ platform: 'linux', osRelease: '6.8.0', audioServer: true }),
  });
  return {
    capabilities: () => Promise.resolve(capabilities),
    listSources: () => Promise.resolve([hostScreen]),
    choose(sourceId) {
      if (sourceId !== hostScreen.id) return Promise.resolve(false);
      return Promise.resolve(true);
    },
    openScreenRecordingSettings: () => Promise.resolve(),
  };
}
