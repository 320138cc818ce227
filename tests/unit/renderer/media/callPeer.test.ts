import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallPeer } from '../../../../renderer/src/media/callPeer';
import { createFakeBridge, type FakeBridge } from '../fakeBridge';

const offerSdp = [
  'v=0',
  'o=- 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=mid:0',
  'a=ice-ufrag:uf',
  'a=ice-pwd:secretpwd',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:1',
  'a=ice-pwd:secretpwd',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  'a=mid:2',
  'a=ice-pwd:secretpwd',
  '',
].join('\r\n');

/** Lets the fakes' promise chains run (they resolve without real I/O). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

interface TransceiverRecord {
  trackOrKind: MediaStreamTrack | string;
  direction: RTCRtpTransceiverDirection | undefined;
  sender: { track: unknown; replaceTrack(track: unknown): Promise<void> };
}

/** Just enough of RTCPeerConnection for CallPeer's signalling. */
class FakePeerConnection extends EventTarget {
  transceivers: TransceiverRecord[] = [];
  localDescription: { type: string; sdp: string } | null = null;
  remoteDescription: RTCSessionDescriptionInit | null = null;
  onicecandidate: ((event: { candidate: Partial<RTCIceCandidate> | null }) => void) | null = null;
  onconnectionstatechange: (() => void) | null = null;
  iceGatheringState: RTCIceGatheringState = 'new';
  connectionState: RTCPeerConnectionState = 'new';
  closed = false;

  constructor(readonly config: RTCConfiguration) {
    super();
  }
  addTransceiver(trackOrKind: MediaStreamTrack | string, init?: RTCRtpTransceiverInit) {
    const sender = {
      track: typeof trackOrKind === 'string' ? null : (trackOrKind as unknown),
      async replaceTrack(track: unknown) {
        sender.track = track;
      },
    };
    // The record is the transceiver itself, so direction changes show in it.
    const transceiver: TransceiverRecord & { receiver: { track: { kind: string } } } = {
      trackOrKind,
      direction: init?.direction,
      sender,
      receiver: { track: { kind: typeof trackOrKind === 'string' ? trackOrKind : trackOrKind.kind } },
    };
    this.transceivers.push(transceiver);
    return transceiver;
  }
  offersCreated = 0;
  configured: RTCConfiguration | null = null;
  async createOffer() {
    this.offersCreated += 1;
    return { type: 'offer', sdp: offerSdp };
  }
  setConfiguration(config: RTCConfiguration) {
    this.configured = config;
  }
  async setLocalDescription(description: { type: string; sdp: string }) {
    this.localDescription = description;
  }
  async setRemoteDescription(description: RTCSessionDescriptionInit) {
    this.remoteDescription = description;
  }
  close() {
    this.closed = true;
  }
  gather(candidate: string | null, sdpMid = '0') {
    this.onicecandidate?.({ candidate: candidate === null ? null : { candidate, sdpMid, usernameFragment: 'uf' } });
  }
}

class FakeStream {
  constructor(readonly tracks: { kind: string }[] = []) {}
  getAudioTracks() {
    return this.tracks.filter((track) => track.kind === 'audio');
  }
  getVideoTracks() {
    return this.tracks.filter((track) => track.kind === 'video');
  }
}

describe('CallPeer', () => {
  let bridge: FakeBridge;
  let pc: FakePeerConnection | null;

  beforeEach(() => {
    vi.stubGlobal('MediaStream', FakeStream);
    bridge = createFakeBridge();
    pc = null;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function createPeer(
    tracks: { kind: string }[] = [{ kind: 'audio' }, { kind: 'video' }],
    onConnectionStateChange?: (state: RTCPeerConnectionState) => void,
    receivePresentation?: boolean,
  ) {
    const peer = new CallPeer({
      onConnectionStateChange,
      ...(receivePresentation === undefined ? {} : { receivePresentation }),
      signalling: bridge.api,
      iceServers: [{ urls: ['stun:127.0.0.1:3478'] }],
      mediaType: 'video',
      trickleIce: true,
      localStream: new FakeStream(tracks) as unknown as MediaStream,
      createPeerConnection: (config) => {
        pc = new FakePeerConnection(config);
        return pc as unknown as RTCPeerConnection;
      },
    });
    if (!pc) throw new Error('no peer connection created');
    return { peer, pc: pc as FakePeerConnection };
  }

  it('creates audio, video and an inactive presentation transceiver, in that order', () => {
    const { pc } = createPeer();
    expect(pc.config.iceServers).toEqual([{ urls: ['stun:127.0.0.1:3478'] }]);
    expect(pc.transceivers.map((t) => [typeof t.trackOrKind === 'string' ? t.trackOrKind : 'track', t.direction])).toEqual([
      ['track', 'sendrecv'],
      ['track', 'sendrecv'],
      ['video', 'inactive'],
    ]);
  });

  it('prepared ahead: uses the offer made before the token and sends it before any await, with the join ICE servers', async () => {
    bridge.api.startCall.mockResolvedValueOnce({ ok: true, value: { callUuid: 'call-7', sdp: 'answer-sdp' } });
    const { peer, pc } = createPeer();
    peer.prepareOffer();
    await settle();
    peer.useJoinSettings({ iceServers: [{ urls: ['turn:127.0.0.1:3478'] }], trickleIce: true });
    expect(pc.configured).toEqual({ iceServers: [{ urls: ['turn:127.0.0.1:3478'] }], bundlePolicy: 'max-bundle' });
    const started = peer.start();
    // Synchronously, in the same task as start(): the meeting view's render cannot come first.
    expect(bridge.api.startCall).toHaveBeenCalledTimes(1);
    expect(bridge.api.startCall.mock.calls[0]?.[0]).toMatchObject({ mediaType: 'video' });
    expect(await started).toEqual({ ok: true });
    expect(pc.offersCreated).toBe(1);
    expect(pc.localDescription?.sdp).toBe(offerSdp);
    expect(pc.remoteDescription).toEqual({ type: 'answer', sdp: 'answer-sdp' });
  });

  it('the offer a join brings is, to the character, the one start() sends: the core matches them to claim its early call', async () => {
    bridge.api.startCall.mockResolvedValueOnce({ ok: true, value: { callUuid: 'call-9', sdp: 'answer-sdp' } });
    const { peer } = createPeer();
    expect(peer.readyOfferText).toBeNull();
    peer.prepareOffer();
    await settle();
    const brought = peer.readyOfferText;
    expect(brought).toContain('a=content:slides');
    peer.useJoinSettings({ iceServers: [], trickleIce: true });
    expect(await peer.start()).toEqual({ ok: true });
    expect(bridge.api.startCall.mock.calls[0]?.[0]).toEqual({ sdp: brought, mediaType: 'video' });
    // Used once: nothing is ready for another join.
    expect(peer.readyOfferText).toBeNull();
  });

  it('brings no offer to the join for a call without trickle ICE (its offer must carry the candidates)', async () => {
    const { peer } = createPeer();
    peer.prepareOffer();
    await settle();
    peer.useJoinSettings({ iceServers: [], trickleIce: false });
    expect(peer.readyOfferText).toBeNull();
  });

  it('without trickle ICE the prepared offer still waits for gathering before it is sent', async () => {
    bridge.api.startCall.mockResolvedValueOnce({ ok: true, value: { callUuid: 'call-8', sdp: 'answer-sdp' } });
    const { peer, pc } = createPeer();
    peer.prepareOffer();
    await settle();
    peer.useJoinSettings({ iceServers: [], trickleIce: false });
    const started = peer.start();
    await settle();
    expect(bridge.api.startCall).not.toHaveBeenCalled();
    pc.iceGatheringState = 'complete';
    pc.dispatchEvent(new Event('icegatheringstatechange'));
    expect(await started).toEqual({ ok: true });
    expect(bridge.api.startCall).toHaveBeenCalledTimes(1);
  });

  it('a call receiving presentation from the start offers its slides line recvonly, and is in receive mode', () => {
    const { peer, pc } = createPeer(undefined, undefined, true);
    expect(pc.transceivers.map((t) => t.direction)).toEqual(['sendrecv', 'sendrecv', 'recvonly']);
    expect(peer.slides.mode).toBe('receive');
  });

  it('receives only when there is no camera or microphone', () => {
    const { pc } = createPeer([]);
    expect(pc.transceivers.map((t) => t.direction)).toEqual(['recvonly', 'recvonly', 'inactive']);
  });

  it('sends the offer with the slides m-line marked, applies the answer, then acks', async () => {
    bridge.api.startCall.mockResolvedValueOnce({ ok: true, value: { callUuid: 'call-7', sdp: 'answer-sdp' } });
    const { peer, pc } = createPeer();
    expect(await peer.start()).toEqual({ ok: true });
    const sent = bridge.api.startCall.mock.calls[0]?.[0] as { sdp: string; mediaType: string };
    expect(sent.mediaType).toBe('video');
    expect(sent.sdp.split(/\r\n(?=m=)/)[3]).toContain('a=content:slides');
    expect(sent.sdp.split(/\r\n(?=m=)/).slice(0, 3).join('')).not.toContain('a=content');
    expect(pc.remoteDescription).toEqual({ type: 'answer', sdp: 'answer-sdp' });
    expect(bridge.api.ackCall).toHaveBeenCalledTimes(1);
    expect(peer.callUuid).toBe('call-7');
  });

  it('acks the answer while the browser is still applying it, and waits for both', async () => {
    bridge.api.startCall.mockResolvedValueOnce({ ok: true, value: { callUuid: 'call-8', sdp: 'answer-sdp' } });
    const { peer, pc } = createPeer();
    let applied: () => void = () => undefined;
    pc.setRemoteDescription = (description) =>
      new Promise<void>((resolve) => {
        pc.remoteDescription = description;
        applied = resolve;
      });
    let done = false;
    const starting = peer.start().then((result) => {
      done = true;
      return result;
    });
    await settle();
    expect(pc.remoteDescription).toEqual({ type: 'answer', sdp: 'answer-sdp' });
    expect(bridge.api.ackCall).toHaveBeenCalledTimes(1);
    expect(done).toBe(false);
    applied();
    expect(await starting).toEqual({ ok: true });
  });

  it('fails the call when the answer cannot be applied, even though the ack went out', async () => {
    bridge.api.startCall.mockResolvedValueOnce({ ok: true, value: { callUuid: 'call-9', sdp: 'bad-answer' } });
    const { peer, pc } = createPeer();
    pc.setRemoteDescription = () => Promise.reject(new Error('Failed to parse SessionDescription'));
    expect(await peer.start()).toEqual({ ok: false, message: 'Failed to parse SessionDescription' });
  });

  it('queues candidates until the call exists, then trickles them with the ICE password', async () => {
    let answer: (value: { ok: true; value: { callUuid: string; sdp: string } }) => void = () => undefined;
    bridge.api.startCall.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const { peer, pc } = createPeer();
    const starting = peer.start();
    await settle();
    expect(bridge.api.startCall).toHaveBeenCalled();
    pc.gather('candidate:1 1 udp 1 127.0.0.1 5000 typ host');
    pc.gather('');
    pc.gather(null);
    expect(bridge.api.sendCandidate).not.toHaveBeenCalled();
    answer({ ok: true, value: { callUuid: 'call-1', sdp: 'answer' } });
    await starting;
    pc.gather('candidate:2 1 udp 1 127.0.0.1 5001 typ host', '1');
    await settle();
    expect(bridge.api.sendCandidate).toHaveBeenCalledTimes(2);
    expect(bridge.api.sendCandidate.mock.calls.map((call) => call[0])).toEqual([
      { candidate: 'candidate:1 1 udp 1 127.0.0.1 5000 typ host', sdpMid: '0', usernameFragment: 'uf', pwd: 'secretpwd' },
      { candidate: 'candidate:2 1 udp 1 127.0.0.1 5001 typ host', sdpMid: '1', usernameFragment: 'uf', pwd: 'secretpwd' },
    ]);
  });

  it('reports a refused call without acking', async () => {
    bridge.api.startCall.mockResolvedValueOnce({ ok: false, error: { code: 'failed', message: 'No media ports' } });
    const { peer } = createPeer();
    expect(await peer.start()).toEqual({ ok: false, message: 'No media ports' });
    expect(bridge.api.ackCall).not.toHaveBeenCalled();
  });

  it('switches the camera in place: the same sender gets the new track, with no new offer', async () => {
    const { peer, pc } = createPeer();
    expect(await peer.start()).toEqual({ ok: true });
    const newCamera = { kind: 'video', id: 'hdmi' } as unknown as MediaStreamTrack;
    expect(await peer.replaceTrack('video', newCamera)).toEqual({ ok: true });
    expect(pc.transceivers[1]?.sender.track).toBe(newCamera);
    expect(pc.transceivers[1]?.direction).toBe('sendrecv');
    expect(pc.transceivers[2]?.sender.track).toBeNull();
    expect(bridge.api.updateCall).not.toHaveBeenCalled();
    expect(pc.closed).toBe(false);
  });

  it('sends nothing on a line whose device is gone, and keeps the call', async () => {
    const { peer, pc } = createPeer();
    await peer.start();
    expect(await peer.replaceTrack('audio', null)).toEqual({ ok: true });
    expect(pc.transceivers[0]?.sender.track).toBeNull();
    expect(pc.transceivers[0]?.direction).toBe('sendrecv');
    expect(bridge.api.updateCall).not.toHaveBeenCalled();
  });

  it('offers again when a device arrives on a line that was only receiving', async () => {
    const { peer, pc } = createPeer([]);
    await peer.start();
    const camera = { kind: 'video' } as unknown as MediaStreamTrack;
    expect(await peer.replaceTrack('video', camera)).toEqual({ ok: true });
    expect(pc.transceivers.map((t) => t.direction)).toEqual(['recvonly', 'sendrecv', 'inactive']);
    expect(bridge.api.updateCall).toHaveBeenCalledTimes(1);
    expect(bridge.api.ackCall).toHaveBeenCalledTimes(2);
  });

  it('stops reporting and closes the connection on close', () => {
    const changes: string[] = [];
    const { peer, pc } = createPeer([], (state) => changes.push(state));
    pc.connectionState = 'failed';
    pc.onconnectionstatechange?.();
    peer.close();
    expect(pc.closed).toBe(true);
    expect(pc.onconnectionstatechange).toBeNull();
    expect(changes).toEqual(['failed']);
  });
});
