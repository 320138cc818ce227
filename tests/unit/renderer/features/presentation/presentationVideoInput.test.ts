// Presenting a video input (a laptop's HDMI capture device appears as a camera): the same floor
// protocol and content profile as a screen share, with the device captured by getUserMedia.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePresentationStore } from '../../../../../renderer/src/features/presentation/presentationStore';
import { presentationNoticeText, type PresentationNotice } from '../../../../../renderer/src/features/presentation/presentationTexts';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import type { FakeBridge } from '../../fakeBridge';
import { createPresentationRig, FakeTrack, settle } from '../../presentationRig';
import type { SlidesPort } from '../../../../../renderer/src/media/slidesTransceiver';

/** What the notice shows, in the current language. */
const shown = (notice: PresentationNotice | null) => (notice ? { kind: notice.kind, text: presentationNoticeText(notice) } : null);

describe('presenting a video input', () => {
  let bridge: FakeBridge;
  let log: string[];
  let port: SlidesPort;
  let hdmi: FakeTrack;
  let getUserMedia: ReturnType<typeof vi.fn>;
  let getDisplayMedia: ReturnType<typeof vi.fn>;
  let senderParameters: RTCRtpSendParameters[];

  beforeEach(() => {
    ({ bridge, log, port, senderParameters } = createPresentationRig({ participantUuid: 'room-uuid', displayName: 'Boardroom' }));
    hdmi = new FakeTrack();
    const stream = { getVideoTracks: () => [hdmi], getTracks: () => [hdmi] };
    getUserMedia = vi.fn(async () => stream);
    getDisplayMedia = vi.fn(async () => stream);
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia, getDisplayMedia } });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('captures exactly that input and presents it: take_floor, sendonly, update; stop releases, then inactive', async () => {
    const presentation = usePresentationStore();
    await presentation.shareVideoInput('hdmi-1');
    await settle();
    expect(getDisplayMedia).not.toHaveBeenCalled();
    expect(getUserMedia).toHaveBeenCalledWith({
      video: { deviceId: { exact: 'hdmi-1' }, width: { max: 1920 }, height: { max: 1080 }, frameRate: { max: 15 } },
      audio: false,
    });
    expect(presentation.shareState).toBe('presenting');
    expect(port.sender.track).toBe(hdmi);
    expect(log).toEqual(['take_floor', 'update:sendonly']);
    // The content profile of a screen share: sharp detail, resolution kept.
    expect(hdmi.contentHint).toBe('detail');
    expect(senderParameters.at(-1)?.degradationPreference).toBe('maintain-resolution');

    await presentation.stopShare();
    await settle();
    expect(log).toEqual(['take_floor', 'update:sendonly', 'release_floor', 'update:inactive']);
    expect(port.sender.track).toBeNull();
    expect(hdmi.stop).toHaveBeenCalled();
    expect(presentation.shareState).toBe('idle');
  });

  it('unplugging the input while presenting stops the share like the button', async () => {
    const presentation = usePresentationStore();
    await presentation.shareVideoInput('hdmi-1');
    await settle();
    hdmi.dispatchEvent(new Event('ended'));
    await settle();
    expect(log).toEqual(['take_floor', 'update:sendonly', 'release_floor', 'update:inactive']);
  });

  it('an input that cannot be opened says so and never takes the floor', async () => {
    getUserMedia.mockRejectedValueOnce(new DOMException('Requested device not found', 'NotFoundError'));
    const presentation = usePresentationStore();
    await presentation.shareVideoInput('gone');
    await settle();
    expect(presentation.shareState).toBe('idle');
    expect(presentation.notice?.kind).toBe('failed');
    // Worded for an input, not a screen.
    expect(shown(presentation.notice)?.text).toBe('The input could not be shared: Requested device not found');
    expect(log).toEqual([]);
  });

  it('taken over while sharing an input: says the input, not a screen, is no longer shared', async () => {
    const presentation = usePresentationStore();
    await presentation.shareVideoInput('hdmi-1');
    await settle();
    useSessionStore().setPresentation({ presenterName: 'Bob Viewer', presenterUri: 'bob@example.com', source: 'video' });
    await settle();
    expect(shown(presentation.notice)).toEqual({
      kind: 'taken_over',
      text: 'Bob Viewer took over the presentation, so the input is no longer shared.',
    });
    expect(hdmi.stop).toHaveBeenCalled();
  });

  it('a refused floor stops the input and sends nothing', async () => {
    const commands = bridge.api as unknown as Record<string, ReturnType<typeof vi.fn>>;
    commands.takeFloor?.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', message: 'no', detail: 'Guests cannot present' } });
    const presentation = usePresentationStore();
    await presentation.shareVideoInput('hdmi-1');
    await settle();
    expect(hdmi.stop).toHaveBeenCalled();
    expect(port.direction).toBe('inactive');
    expect(port.sender.track).toBeNull();
    expect(presentation.notice?.kind).toBe('refused');
  });
});
