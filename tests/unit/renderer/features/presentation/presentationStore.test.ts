// The presentation store's protocol sequences against a fake bridge and a fake slides m-line:
// take_floor before sending, release_floor before going inactive, taken over without a release,
// receiving on presentation_start, and still images for an audio-only call.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PresentationInfo } from '../../../../../electron/shared/meeting';
import { setLocale } from '../../../../../renderer/src/i18n';
import { usePresentationStore } from '../../../../../renderer/src/features/presentation/presentationStore';
import { presentationNoticeText, type PresentationNotice } from '../../../../../renderer/src/features/presentation/presentationTexts';
import { applyPresentationEvent } from '../../../../../renderer/src/features/presentation/presentationEvents';
import { useRosterStore } from '../../../../../renderer/src/features/roster/rosterStore';
import { useCallStore } from '../../../../../renderer/src/features/call/callStore';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import { joinedInfo, participant, type FakeBridge } from '../../fakeBridge';
import { createPresentationRig, FakeTrack, ok, settle } from '../../presentationRig';
import type { SlidesPort } from '../../../../../renderer/src/media/slidesTransceiver';

/** What the notice shows, in the current language. */
const shown = (notice: PresentationNotice | null) => (notice ? { kind: notice.kind, text: presentationNoticeText(notice) } : null);

function fakeScreen() {
  const track = new FakeTrack();
  const stream = { getVideoTracks: () => [track], getTracks: () => [track] };
  return { track, stream };
}

const bobPresents: PresentationInfo = { presenterName: 'Bob Viewer', presenterUri: 'bob@example.com', source: 'video' };

describe('presentation store', () => {
  let bridge: FakeBridge;
  let log: string[];
  let port: SlidesPort;
  let screen: ReturnType<typeof fakeScreen>;
  let commands: Record<string, unknown>;

  function api() {
    return bridge.api as unknown as Record<string, ReturnType<typeof vi.fn>>;
  }

  beforeEach(() => {
    ({ bridge, log, port, commands } = createPresentationRig({ participantUuid: 'alice-uuid', displayName: 'Alice' }));
    commands.getShareCapabilities = vi.fn(async () => ok({ picker: 'browser', audio: false, screenAccess: 'granted', canOpenSettings: false }));
    commands.fetchPresentationFrame = vi.fn(async () => ok({ dataUrl: 'data:image/jpeg;base64,AAAA' }));
    screen = fakeScreen();
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getDisplayMedia: vi.fn(async () => screen.stream) },
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a refused take_floor says why, stops the capture and sends nothing', async () => {
    api().takeFloor?.mockResolvedValueOnce({
      ok: false,
      error: { code: 'forbidden', message: 'The meeting did not let you present.', detail: 'Guests cannot present' },
    });
    const presentation = usePresentationStore();
    await presentation.requestShare();
    await settle();
    expect(shown(presentation.notice)).toEqual({ kind: 'refused', text: 'You cannot present in this meeting: Guests cannot present.' });
    expect(presentation.shareState).toBe('idle');
    expect(screen.track.stop).toHaveBeenCalled();
    expect(port.direction).toBe('inactive');
    expect(log).toEqual([]);
  });

  it('a take_floor the meeting service did not answer is a failed share with that reason, not "You cannot present"', async () => {
    api().takeFloor?.mockResolvedValueOnce({
      ok: false,
      error: { code: 'failed', message: 'Parley could not do this: its meeting service did not answer. Please try again.', wording: 'bridgeFailed' },
    });
    const presentation = usePresentationStore();
    await presentation.requestShare();
    await settle();
    expect(shown(presentation.notice)).toEqual({
      kind: 'failed',
      text: 'Your screen could not be shared: Parley could not do this: its meeting service did not answer. Please try again.',
    });
    expect(presentation.shareState).toBe('idle');
    expect(screen.track.stop).toHaveBeenCalled();
    expect(port.direction).toBe('inactive');
    expect(log).toEqual([]);
  });

  it('a refused take_floor is said again in the new language after a switch; the rollback keeps the refusal as it came', async () => {
    api().takeFloor?.mockResolvedValueOnce({
      ok: false,
      error: { code: 'forbidden', message: 'The meeting server did not allow this.', wording: 'forbidden', detail: 'Guests cannot present' },
    });
    const send = vi.spyOn(useCallStore().currentPeer!.slides, 'send');
    const presentation = usePresentationStore();
    setLocale('de');
    try {
      await presentation.requestShare();
      await settle();
      expect(shown(presentation.notice)).toEqual({ kind: 'refused', text: 'Sie können in diesem Meeting nicht präsentieren: Guests cannot present.' });
      // The offer was rolled back with main's words and Pexip's reason, not with words of the moment's language.
      expect(await send.mock.results[0]?.value).toEqual({ ok: false, message: 'The meeting server did not allow this.', detail: 'Guests cannot present' });
      setLocale('ja');
      expect(shown(presentation.notice)).toEqual({ kind: 'refused', text: 'この会議では発表できません: Guests cannot present。' });
      expect(log).toEqual([]);
    } finally {
      setLocale('en');
    }
  });

  it('a screen that cannot be captured says so about the screen and never takes the floor', async () => {
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getDisplayMedia: vi.fn(async () => Promise.reject(new DOMException('Could not start video source', 'NotReadableError'))) },
    });
    const presentation = usePresentationStore();
    await presentation.requestShare();
    await settle();
    expect(shown(presentation.notice)).toEqual({ kind: 'failed', text: 'Your screen could not be shared: Could not start video source' });
    expect(presentation.shareState).toBe('idle');
    expect(log).toEqual([]);
  });

  it('presents: take_floor, then sendonly with an update; stopping releases the floor, then inactive', async () => {
    const presentation = usePresentationStore();
    await presentation.requestShare();
    await settle();
    expect(presentation.shareState).toBe('presenting');
    expect(port.sender.track).toBe(screen.track);
    expect(screen.track.contentHint).toBe('detail');
    expect(log).toEqual(['take_floor', 'update:sendonly']);

    await presentation.stopShare();
    await settle();
    expect(log).toEqual(['take_floor', 'update:sendonly', 'release_floor', 'update:inactive']);
    expect(presentation.shareState).toBe('idle');
    expect(presentation.localStream).toBeNull();
    expect(screen.track.stop).toHaveBeenCalled();
  });

  it('shares twice in a row: the second share asks main for the picker no more, and sends the new screen', async () => {
    const presentation = usePresentationStore();
    await presentation.requestShare();
    await settle();
    await presentation.stopShare();
    await settle();
    const second = fakeScreen();
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getDisplayMedia: vi.fn(async () => second.stream) } });
    await presentation.requestShare();
    await settle();
    expect(presentation.shareState).toBe('presenting');
    expect(port.sender.track).toBe(second.track);
    expect(commands.getShareCapabilities).toHaveBeenCalledTimes(1);
    expect(log).toEqual(['take_floor', 'update:sendonly', 'release_floor', 'update:inactive', 'take_floor', 'update:sendonly']);
  });

  it('the shared window closing stops the share like the button', async () => {
    const presentation = usePresentationStore();
    await presentation.requestShare();
    await settle();
    screen.track.dispatchEvent(new Event('ended'));
    await settle();
    expect(log).toEqual(['take_floor', 'update:sendonly', 'release_floor', 'update:inactive']);
  });

  it('taken over: stops sending without releasing the floor, says who, and receives theirs', async () => {
    const presentation = usePresentationStore();
    await presentation.requestShare();
    await settle();
    useSessionStore().setPresentation(bobPresents);
    await settle();
    expect(presentation.notice?.kind).toBe('taken_over');
    expect(shown(presentation.notice)?.text).toBe('Bob Viewer took over the presentation, so your screen is no longer shared.');
    // Kept as what it says, not as English: a language switch while it shows says it again in the new language.
    setLocale('de');
    try {
      expect(shown(presentation.notice)?.text).toBe('Bob Viewer hat die Präsentation übernommen, daher wird Ihr Bildschirm nicht mehr geteilt.');
    } finally {
      setLocale('en');
    }
    expect(screen.track.stop).toHaveBeenCalled();
    expect(log).toEqual(['take_floor', 'update:sendonly', 'update:recvonly']);
    expect(port.sender.track).toBeNull();
    expect(presentation.incoming).toEqual(bobPresents);
    expect(presentation.incomingStream).not.toBeNull();
  });

  it('receives on presentation_start and goes inactive on presentation_stop', async () => {
    const presentation = usePresentationStore();
    useSessionStore().setPresentation(bobPresents);
    await settle();
    expect(log).toEqual(['update:recvonly']);
    expect(presentation.showStills).toBe(false);
    useSessionStore().setPresentation(null);
    await settle();
    expect(log).toEqual(['update:recvonly', 'update:inactive']);
    expect(presentation.incomingStream).toBeNull();
  });

  it('an audio-only call shows still images fetched by main, and no slides media', async () => {
    useSessionStore().info = joinedInfo({ participantUuid: 'alice-uuid', callType: 'audio' });
    const presentation = usePresentationStore();
    useSessionStore().setPresentation(bobPresents);
    await settle();
    expect(log).toEqual([]);
    expect(presentation.showStills).toBe(true);
    expect(presentation.stillUrl).toBe('data:image/jpeg;base64,AAAA');
    applyPresentationEvent({ type: 'presentation_frame', frameId: 'frame-7', receivedAt: 0 });
    await settle();
    expect(api().fetchPresentationFrame).toHaveBeenLastCalledWith({ frameId: 'frame-7' });
  });

  it('a host denying us the presentation hides it', async () => {
    const presentation = usePresentationStore();
    useSessionStore().setPresentation(bobPresents);
    await settle();
    useRosterStore().replace([participant({ uuid: 'alice-uuid', rxPresentationAllowed: false })], 0);
    await settle();
    expect(presentation.incoming).toBeNull();
    expect(log).toEqual(['update:recvonly', 'update:inactive']);
  });
});

describe('presentation store, on a call whose slides line receives from the start', () => {
  let log: string[];
  let port: SlidesPort;

  beforeEach(() => {
    ({ log, port } = createPresentationRig({ participantUuid: 'alice-uuid', displayName: 'Alice' }, 'receive'));
    const screen = fakeScreen();
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getDisplayMedia: vi.fn(async () => screen.stream) } });
  });

  it('shows a presentation_start without offering anything, and offers nothing on presentation_stop', async () => {
    const presentation = usePresentationStore();
    useSessionStore().setPresentation(bobPresents);
    await settle();
    expect(presentation.incomingStream?.getVideoTracks()).toEqual([port.receiver.track]);
    useSessionStore().setPresentation(null);
    await settle();
    expect(presentation.incomingStream).toBeNull();
    expect(log).toEqual([]);
    expect(port.direction).toBe('recvonly');
    // The next presentation is shown again, still without an offer.
    useSessionStore().setPresentation(bobPresents);
    await settle();
    expect(presentation.incomingStream).not.toBeNull();
    expect(log).toEqual([]);
  });

  it('presenting goes sendonly, and stopping goes back to receiving, not inactive', async () => {
    const presentation = usePresentationStore();
    await presentation.requestShare();
    await settle();
    await presentation.stopShare();
    await settle();
    expect(log).toEqual(['take_floor', 'update:sendonly', 'release_floor', 'update:recvonly']);
  });
});
