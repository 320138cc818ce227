// The picker's source handling and platform decisions (plain files beside the Electron glue).
import { describe, expect, it } from 'vitest';
import { ShareChoice, choiceLifetimeMs } from '../../../../../electron/main/screenShare/shareChoice';
import { computerSoundSupport } from '../../../../../electron/main/screenShare/computerSound';
import { isWaylandSession, loopbackAudioNote, shareCapabilities, streamsFor } from '../../../../../electron/main/screenShare/sharePlatform';
import { thumbnailSize, toShareSources, type CapturedSource } from '../../../../../electron/main/screenShare/shareSources';
import { isPresentationWindowRequest } from '../../../../../electron/main/presentationWindowPolicy';

const image = (url: string | null) => ({ isEmpty: () => url === null, toDataURL: () => url ?? '' });

function source(id: string, name: string, thumbnail: string | null = `data:${id}`, icon: string | null = null): CapturedSource {
  return { id, name, thumbnail: image(thumbnail), appIcon: icon === null ? null : image(icon) };
}

describe('toShareSources', () => {
  it('lists screens first in system order, then windows by name, as plain data', () => {
    const listed = toShareSources([
      source('window:2:0', 'zebra notes', 'data:z', 'data:icon-z'),
      source('screen:1:0', 'Screen 2'),
      source('window:3:0', 'Alpha Slides', null, 'data:icon-a'),
      source('screen:0:0', 'Screen 1'),
    ]);
    expect(listed.map((entry) => entry.id)).toEqual(['screen:1:0', 'screen:0:0', 'window:3:0', 'window:2:0']);
    expect(listed[0]).toEqual({ id: 'screen:1:0', name: 'Screen 1', unnamedScreen: { only: false, number: 1 }, kind: 'screen', thumbnail: 'data:screen:1:0', icon: null });
    expect(listed[2]).toEqual({ id: 'window:3:0', name: 'Alpha Slides', kind: 'window', thumbnail: null, icon: 'data:icon-a' });
    expect(listed[3]?.icon).toBe('data:icon-z');
  });

  it('names a lone screen "Entire screen" and keeps a real display name', () => {
    expect(toShareSources([source('screen:0:0', 'Entire Screen')])[0]?.name).toBe('Entire screen');
    expect(toShareSources([source('screen:0:0', 'DELL U2720Q')])[0]?.name).toBe('DELL U2720Q');
  });

  it("leaves out Parley's own windows, untitled windows and unknown kinds", () => {
    const listed = toShareSources(
      [source('window:9:0', 'Parley'), source('window:5:0', '  '), source('tab:1', 'A tab'), source('window:6:0', 'Editor')],
      { ownWindowIds: ['window:9:0'] },
    );
    expect(listed.map((entry) => entry.name)).toEqual(['Editor']);
  });

  it('asks for 16:9 thumbnails within sane bounds', () => {
    expect(thumbnailSize(320)).toEqual({ width: 320, height: 180 });
    expect(thumbnailSize(99_999)).toEqual({ width: 1920, height: 1080 });
    expect(thumbnailSize(1)).toEqual({ width: 16, height: 9 });
  });
});

describe('shareCapabilities', () => {
  it("uses Parley's picker with loopback audio on Windows, saying so and cancelling the echo where the meeting is included", () => {
    expect(shareCapabilities({ platform: 'win32', env: {} })).toEqual({
      picker: 'app',
      audio: true,
      audioNote: loopbackAudioNote,
      audioCancelOwnEcho: true,
      audioNoteCode: 'own_audio_included',
      screenAccess: 'granted',
      canOpenSettings: false,
    });
    const windows11 = computerSoundSupport({ platform: 'win32', osRelease: '10.0.22631' });
    expect(shareCapabilities({ platform: 'win32', env: {}, computerSound: windows11 })).toEqual({
      picker: 'app',
      audio: true,
      screenAccess: 'granted',
      canOpenSettings: false,
    });
  });

  it('offers computer sound on Linux with PipeWire, with the note and echo cancellation', () => {
    const linux = computerSoundSupport({ platform: 'linux', osRelease: '6.8.0', audioServer: true });
    expect(shareCapabilities({ platform: 'linux', env: { XDG_SESSION_TYPE: 'x11' }, computerSound: linux })).toMatchObject({
      audio: true,
      audioNote: loopbackAudioNote,
      audioCancelOwnEcho: true,
    });
  });

  it('uses the system portal on Linux Wayland and our picker on X11', () => {
    expect(shareCapabilities({ platform: 'linux', env: { XDG_SESSION_TYPE: 'wayland' } }).picker).toBe('system');
    expect(shareCapabilities({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }).picker).toBe('system');
    expect(shareCapabilities({ platform: 'linux', env: { XDG_SESSION_TYPE: 'x11' } })).toMatchObject({ picker: 'app', audio: false });
    expect(isWaylandSession({})).toBe(false);
  });

  it('reports a missing macOS screen-recording permission and offers the settings', () => {
    expect(shareCapabilities({ platform: 'darwin', env: {}, screenAccess: 'denied' })).toEqual({
      picker: 'app',
      audio: false,
      audioUnavailable: 'Sharing computer sound needs macOS 13 or later.',
      audioUnavailableCode: 'mac_version',
      screenAccess: 'denied',
      canOpenSettings: true,
    });
    expect(shareCapabilities({ platform: 'darwin', env: {}, screenAccess: 'something-new' }).screenAccess).toBe('unknown');
  });

  it('grants computer audio only where loopback exists, without the meeting where Chromium can leave it out', () => {
    expect(streamsFor('src', true, 'win32')).toEqual({ video: 'src', audio: 'loopback' });
    expect(streamsFor('src', true, 'darwin')).toEqual({ video: 'src' });
    expect(streamsFor('src', false, 'win32')).toEqual({ video: 'src' });
    const win11 = computerSoundSupport({ platform: 'win32', osRelease: '10.0.22631' });
    expect(streamsFor('src', true, 'win32', win11)).toEqual({ video: 'src', audio: 'loopbackWithoutChrome' });
    const mac = computerSoundSupport({ platform: 'darwin', osRelease: '24.1.0', screenAccess: 'granted' });
    expect(streamsFor('src', true, 'darwin', mac)).toEqual({ video: 'src', audio: 'loopbackWithoutChrome' });
    const linux = computerSoundSupport({ platform: 'linux', osRelease: '6.8.0', audioServer: true });
    expect(streamsFor('src', true, 'linux', linux)).toEqual({ video: 'src', audio: 'loopback' });
    expect(streamsFor('src', false, 'linux', linux)).toEqual({ video: 'src' });
  });
});

describe('ShareChoice', () => {
  it('is taken once, and expires when left unused', () => {
    let now = 1000;
    const choice = new ShareChoice(() => now);
    choice.set({ sourceId: 'screen:0:0', audio: true });
    expect(choice.take()).toEqual({ sourceId: 'screen:0:0', audio: true });
    expect(choice.take()).toBeNull();
    choice.set({ sourceId: 'window:1:0', audio: false });
    now += choiceLifetimeMs + 1;
    expect(choice.take()).toBeNull();
  });
});

describe('isPresentationWindowRequest', () => {
  it('allows only the blank presentation popup', () => {
    expect(isPresentationWindowRequest({ url: 'about:blank', frameName: 'parley-presentation' })).toBe(true);
    expect(isPresentationWindowRequest({ url: 'https://evil.example', frameName: 'parley-presentation' })).toBe(false);
    expect(isPresentationWindowRequest({ url: 'about:blank', frameName: 'other' })).toBe(false);
  });
});
