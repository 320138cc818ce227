// Presenting a video input (a laptop's HDMI capture device appears as a camera): the same floor
// protocol and content profile as a screen share, with the device captured by getUserMedia.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallPeer } from '../../../renderer/src/media/callPeer';
import { SlidesTransceiver, type SlidesPort } from '../../../renderer/src/media/slidesTransceiver';
import { useCallStore } from '../../../renderer/src/stores/call';
import { usePresentationStore } from '../../../renderer/src/stores/presentation';
import { useSessionStore } from '../../../renderer/src/stores/session';
import { joinedInfo, type FakeBridge } from './fakeBridge';
import { freshStoresWithFakeBridge } from './freshStores';

const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

class FakeTrack extends EventTarget {
  kind = 'video';
  muted = false;
  readyState: MediaStreamTrackState = 'live';
  contentHint = '';
  stop = vi.fn();
  applyConstraints = vi.fn(async (constraints: MediaTrackConstraints) => {
    void constraints;
  });
}

describe('presenting a video input', () => {
  let bridge: FakeBridge;
  let log: string[];
  let port: SlidesPort;
  let hdmi: FakeTrack;
  let getUserMedia: ReturnType<typeof vi.fn>;
  let getDisplayMedia: ReturnType<typeof vi.fn>;
  let senderParameters: RTCRtpSendParameters[];

  beforeEach(() => {
    ({ bridge } = freshStoresWithFakeBridge());
    log = [];
    senderParameters = [];
    const ok = <T>(value: T) => ({ ok: true as const, value });
    const commands = bridge.api as unknown as Record<string, unknown>;
    commands.takeFloor = vi.fn(async () => {
      log.push('take_floor');
      return ok(null);
    });
    commands.releaseFloor = vi.fn(async () => {
      log.push('release_floor');
      return ok(null);
    });
    port = {
      direction: 'inactive',
      receiver: { track: new FakeTrack() as unknown as MediaStreamTrack },
      sender: {
        track: null,
        async replaceTrack(track: MediaStreamTrack | null) {
          (port.sender as { track: MediaStreamTrack | null }).track = track;
        },
        getParameters: () => ({ transactionId: 't', encodings: [{}] }) as unknown as RTCRtpSendParameters,
        setParameters: async (parameters: RTCRtpSendParameters) => {
          senderParameters.push(parameters);
        },
      } as unknown as SlidesPort['sender'],
    };
    const slides = new SlidesTransceiver(port, async () => {
      log.push(`update:${port.direction}`);
      return { ok: true };
    });
    hdmi = new FakeTrack();
    const stream = { getVideoTracks: () => [hdmi], getTracks: () => [hdmi] };
    getUserMedia = vi.fn(async () => stream);
    getDisplayMedia = vi.fn(async () => stream);
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia, getDisplayMedia } });

    const session = useSessionStore();
    session.info = joinedInfo({ participantUuid: 'room-uuid', displayName: 'Boardroom' });
    session.state = 'in_meeting';
    useCallStore().currentPeer = { slides } as unknown as CallPeer;
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
    expect(presentation.notice?.text).toBe('The input could not be shared: Requested device not found');
    expect(log).toEqual([]);
  });

  it('taken over while sharing an input: says the input, not a screen, is no longer shared', async () => {
    const presentation = usePresentationStore();
    await presentation.shareVideoInput('hdmi-1');
    await settle();
    useSessionStore().setPresentation({ presenterName: 'Bob Viewer', presenterUri: 'bob@example.com', source: 'video' });
    await settle();
    expect(presentation.notice).toEqual({
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
