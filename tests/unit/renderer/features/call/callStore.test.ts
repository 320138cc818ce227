import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallPeerOptions, CallStartResult } from '../../../../../renderer/src/media/callPeer';
import { useCallStore } from '../../../../../renderer/src/features/call/callStore';
import { useDevicesStore } from '../../../../../renderer/src/features/devices/devicesStore';
import { setLocale } from '../../../../../renderer/src/i18n';
import { callProblemText } from '../../../../../renderer/src/features/call/callProblemText';
import { mediaFailure } from '../../../../../renderer/src/media/mediaFailure';
import { joinedInfo, type FakeBridge } from '../../fakeBridge';
import { freshStoresWithFakeBridge } from '../../freshStores';

// Stands in for the real peer (which needs Chromium): records what the store does with it.
const { FakePeer, peers } = vi.hoisted(() => {
  const peers: InstanceType<typeof FakePeer>[] = [];
  class FakePeer {
    callUuid: string | null = null;
    closed = false;
    recoveringMedia = false;
    videoCaps: (number | null)[] = [];
    remoteStream = { id: 'remote' };
    constructor(readonly options: CallPeerOptions) {
      peers.push(this);
    }
    offersPrepared = 0;
    readyOfferText: string | null = null;
    joinSettings: unknown = null;
    prepareOffer(): void {
      this.offersPrepared += 1;
    }
    useJoinSettings(settings: unknown): void {
      this.joinSettings = settings;
    }
    async start(): Promise<CallStartResult> {
      this.callUuid = `call-${peers.length}`;
      return { ok: true };
    }
    async setVideoBandwidth(maxBitrate: number | null) {
      this.videoCaps.push(maxBitrate);
      return { ok: true as const, applied: true };
    }
    close(): void {
      this.closed = true;
    }
  }
  return { FakePeer, peers };
});
vi.mock('../../../../../renderer/src/media/callPeer', () => ({ CallPeer: FakePeer }));

class FakeTrack {
  enabled = true;
  stopped = false;
  constructor(readonly kind: string) {}
  stop(): void {
    this.stopped = true;
  }
  getSettings(): MediaTrackSettings {
    return { deviceId: `${this.kind}-device` };
  }
}

const tracks = [new FakeTrack('audio'), new FakeTrack('video')];

class FakeStream {
  getTracks = () => tracks;
  getAudioTracks = () => tracks.filter((track) => track.kind === 'audio');
  getVideoTracks = () => tracks.filter((track) => track.kind === 'video');
}

describe('call store', () => {
  let bridge: FakeBridge;

  beforeEach(() => {
    peers.length = 0;
    for (const track of tracks) Object.assign(track, { enabled: true, stopped: false });
    vi.stubGlobal('MediaStream', FakeStream);
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: async () => new FakeStream(), enumerateDevices: async () => [] } });
    ({ bridge } = freshStoresWithFakeBridge({ deliverEvents: true }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  async function started() {
    const call = useCallStore();
    await call.start(joinedInfo({ iceServers: [{ urls: ['turn:127.0.0.1'] }] }));
    return call;
  }

  it('starts a call with the local media and the join ICE servers', async () => {
    const call = await started();
    expect(peers).toHaveLength(1);
    expect(peers[0]?.options.iceServers).toEqual([{ urls: ['turn:127.0.0.1'] }]);
    expect(peers[0]?.options.mediaType).toBe('video');
    expect(call.remoteStream).toBe(peers[0]?.remoteStream);
    expect(call.problem).toBeNull();
  });

  it('a call prepared at Join (before the token) is the one started, with the ICE servers of the join', async () => {
    const call = useCallStore();
    await call.prepare({ call: 'video', muteMicrophone: false, muteCamera: false });
    expect(peers).toHaveLength(1);
    expect(peers[0]?.offersPrepared).toBe(1);
    expect(peers[0]?.options.iceServers).toEqual([]);
    await call.start(joinedInfo({ iceServers: [{ urls: ['turn:127.0.0.1'] }], trickleIce: true }));
    expect(peers).toHaveLength(1);
    expect(peers[0]?.joinSettings).toEqual({ iceServers: [{ urls: ['turn:127.0.0.1'] }], trickleIce: true });
    expect(peers[0]?.callUuid).not.toBeNull();
    expect(call.remoteStream).toBe(peers[0]?.remoteStream);
  });

  it('a call prepared on the join screen is kept at Join for the same choice and capture, and made again when either changes', async () => {
    const call = useCallStore();
    const video = { call: 'video' as const, muteMicrophone: false, muteCamera: false };
    await call.prepare(video);
    await call.prepare({ ...video, muteCamera: true });
    expect(peers).toHaveLength(1);
    expect(peers[0]?.closed).toBe(false);
    await call.prepare({ ...video, call: 'audio' });
    expect(peers).toHaveLength(2);
    expect(peers[0]?.closed).toBe(true);
    expect(peers[1]?.options.mediaType).toBe('audio');
    // A new capture (another camera chosen in the preview) is a new stream: the call is made again.
    useDevicesStore().release();
    await call.prepare({ ...video, call: 'audio' });
    expect(peers).toHaveLength(3);
    expect(peers[1]?.closed).toBe(true);
    await call.start(joinedInfo({ callType: 'video' }), { ...video, call: 'audio' });
    expect(peers).toHaveLength(3);
    expect(peers[2]?.callUuid).not.toBeNull();
  });

  it('a prepared call that is not the call the node allows is closed and a new one made', async () => {
    const call = useCallStore();
    await call.prepare({ call: 'video', muteMicrophone: false, muteCamera: false });
    await call.start(joinedInfo({ callType: 'audio' }));
    expect(peers).toHaveLength(2);
    expect(peers[0]?.closed).toBe(true);
    expect(peers[1]?.options.mediaType).toBe('audio');
  });

  it('gives the join the prepared call\'s offer once it is ready, with its media type, and none once discarded', async () => {
    const call = useCallStore();
    expect(call.offerForJoin()).toBeNull();
    await call.prepare({ call: 'video', muteMicrophone: false, muteCamera: false });
    // Chromium has not made the offer yet.
    expect(call.offerForJoin()).toBeNull();
    if (peers[0]) peers[0].readyOfferText = 'v=0\r\na=content:slides\r\n';
    expect(call.offerForJoin()).toEqual({ sdp: 'v=0\r\na=content:slides\r\n', mediaType: 'video' });
    call.discardPrepared();
    expect(call.offerForJoin()).toBeNull();
  });

  it('a refused join closes the prepared call unused', async () => {
    const call = useCallStore();
    await call.prepare({ call: 'video', muteMicrophone: false, muteCamera: false });
    call.discardPrepared();
    expect(peers[0]?.closed).toBe(true);
    expect(peers[0]?.callUuid).toBeNull();
  });

  it('shows call_disconnected for this call and reconnects with a new peer', async () => {
    const call = await started();
    bridge.emit({ type: 'call_disconnected', callUuid: 'some-older-call', reason: 'old' });
    expect(call.problem).toBeNull();
    bridge.emit({ type: 'call_disconnected', callUuid: 'call-1', reason: 'Media timeout' });
    expect(call.problem).toBe('The call was disconnected: Media timeout');
    expect(call.status).toBe('disconnected');
    expect(peers[0]?.closed).toBe(true);
    await call.reconnect();
    expect(peers).toHaveLength(2);
    expect(call.problem).toBeNull();
  });

  it('treats a failed connection like a disconnect and ends the call at the node', async () => {
    const call = await started();
    peers[0]?.options.onConnectionStateChange?.('failed');
    expect(call.problem).toBe('The call was disconnected: the media connection failed');
    expect(bridge.api.disconnectCall).toHaveBeenCalledTimes(1);
  });

  it("says why the call ended in the chosen language, with the node's reason as it came", async () => {
    setLocale('de');
    try {
      const call = await started();
      bridge.emit({ type: 'call_disconnected', callUuid: 'call-1', reason: 'Media timeout' });
      expect(call.problem).toBe('Der Anruf wurde getrennt: Media timeout');
      await call.reconnect();
      peers[1]?.options.onConnectionStateChange?.('failed');
      expect(call.problem).toBe('Der Anruf wurde getrennt: die Medienverbindung ist fehlgeschlagen');
    } finally {
      setLocale('en');
    }
  });

  it('keeps why the call ended as what it says: a language switch says it again, and English is there for main', async () => {
    const call = await started();
    peers[0]?.options.onMediaLost?.(mediaFailure('mediaLost', 'ICE gave up'));
    expect(call.problem).toBe('The call was disconnected: the media connection was lost and could not be restored (ICE gave up)');
    setLocale('de');
    try {
      expect(call.problem).toBe('Der Anruf wurde getrennt: die Medienverbindung ist abgebrochen und konnte nicht wiederhergestellt werden (ICE gave up)');
      const kept = call.problemParts;
      if (!kept) throw new Error('no problem kept');
      expect(callProblemText(kept, 'en')).toBe('The call was disconnected: the media connection was lost and could not be restored (ICE gave up)');
      setLocale('ja');
      expect(call.problem).toBe('通話が切断されました: メディア接続が切れ、復旧できませんでした (ICE gave up)');
    } finally {
      setLocale('en');
    }
    expect(call.problem).toBe('The call was disconnected: the media connection was lost and could not be restored (ICE gave up)');
  });

  it('keeps the call through an ICE restart and ends it only when the restarts give up', async () => {
    const call = await started();
    const peer = peers[0];
    if (!peer) throw new Error('no peer');
    peer.options.onMediaRecovering?.(true);
    peer.recoveringMedia = true;
    expect(call.mediaRecovering).toBe(true);
    // 'failed' while restarting is the restarter's business, not the end of the call.
    peer.options.onConnectionStateChange?.('failed');
    expect(call.problem).toBeNull();
    expect(bridge.api.disconnectCall).not.toHaveBeenCalled();
    peer.options.onMediaLost?.(mediaFailure('mediaLost'));
    expect(call.problem).toBe('The call was disconnected: the media connection was lost and could not be restored');
    expect(call.mediaRecovering).toBe(false);
    expect(bridge.api.disconnectCall).toHaveBeenCalledTimes(1);
  });

  it('caps the video at the bandwidth choice, and applies a new choice to the running call', async () => {
    const { useMediaSettingsStore } = await import('../../../../../renderer/src/features/devices/mediaSettingsStore');
    const media = useMediaSettingsStore();
    media.setBandwidth('medium', { remember: false });
    await started();
    expect(peers[0]?.videoCaps).toEqual([1_200_000]);
    media.setBandwidth('low', { remember: false });
    await vi.waitFor(() => expect(peers[0]?.videoCaps).toEqual([1_200_000, 448_000]));
    expect(peers).toHaveLength(1);
  });

  it('reports a call that could not be set up', async () => {
    vi.spyOn(FakePeer.prototype, 'start').mockResolvedValueOnce({ ok: false, message: 'No media ports' });
    const call = await started();
    expect(call.problem).toBe('The call could not be set up: No media ports');
  });

  it('mutes the microphone track and tells the meeting; turns the camera track off', async () => {
    const call = await started();
    await call.toggleMicrophone();
    expect(tracks[0]?.enabled).toBe(false);
    expect(bridge.api.setClientMute).toHaveBeenLastCalledWith({ muted: true });
    call.toggleCamera();
    expect(tracks[1]?.enabled).toBe(false);
    expect(peers).toHaveLength(1);
    await call.toggleMicrophone();
    expect(tracks[0]?.enabled).toBe(true);
    expect(bridge.api.setClientMute).toHaveBeenLastCalledWith({ muted: false });
  });

  it('stops the tracks and closes the peer on stop', async () => {
    const call = await started();
    call.stop();
    expect(peers[0]?.closed).toBe(true);
    expect(tracks.every((track) => track.stopped)).toBe(true);
    expect(call.remoteStream).toBeNull();
  });
});
