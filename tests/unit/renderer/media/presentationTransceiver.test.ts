// The slides transceiver's state changes, the renegotiation it triggers, the stall watch that
// switches to still images, and the sender's content profiles.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renegotiateCall, type RenegotiatingPeer } from '../../../../renderer/src/media/callRenegotiation';
import { watchPresentationFlow, type WatchedTrack } from '../../../../renderer/src/features/presentation/presentationFlow';
import { applyContentProfile, captureOptions } from '../../../../renderer/src/media/presentationSender';
import { isStopSharingShortcut } from '../../../../renderer/src/features/presentation/shareShortcut';
import { reconcileSelection } from '../../../../renderer/src/features/presentation/sharePickerSources';
import { SlidesTransceiver, type SlidesPort } from '../../../../renderer/src/media/slidesTransceiver';

function fakePort(): SlidesPort & { replaced: (MediaStreamTrack | null)[] } {
  const replaced: (MediaStreamTrack | null)[] = [];
  const port = {
    direction: 'inactive' as RTCRtpTransceiverDirection,
    replaced,
    receiver: { track: { kind: 'video', id: 'remote-slides' } as MediaStreamTrack },
    sender: {
      track: null as MediaStreamTrack | null,
      async replaceTrack(track: MediaStreamTrack | null) {
        replaced.push(track);
        port.sender.track = track;
      },
      getParameters: () => ({ encodings: [], transactionId: 't' }) as unknown as RTCRtpSendParameters,
      setParameters: async () => undefined,
    },
  };
  return port as unknown as SlidesPort & { replaced: (MediaStreamTrack | null)[] };
}

const screenTrack = { kind: 'video', id: 'screen' } as MediaStreamTrack;

describe('SlidesTransceiver', () => {
  it('sends: the track goes on the sender, sendonly, and one new offer', async () => {
    const port = fakePort();
    const renegotiate = vi.fn(async () => ({ ok: true as const }));
    const slides = new SlidesTransceiver(port, renegotiate);
    expect(await slides.send(screenTrack)).toEqual({ ok: true });
    expect(port.direction).toBe('sendonly');
    expect(port.sender.track).toBe(screenTrack);
    expect(slides.mode).toBe('send');
    expect(renegotiate).toHaveBeenCalledTimes(1);
    // The same request again changes nothing and offers nothing.
    await slides.send(screenTrack);
    expect(renegotiate).toHaveBeenCalledTimes(1);
  });

  it('taken over while sending: the track is removed and the m-line turns recvonly', async () => {
    const port = fakePort();
    const renegotiate = vi.fn(async () => ({ ok: true as const }));
    const slides = new SlidesTransceiver(port, renegotiate);
    await slides.send(screenTrack);
    await slides.receive();
    expect(port.direction).toBe('recvonly');
    expect(port.sender.track).toBeNull();
    expect(port.replaced).toEqual([screenTrack, null]);
    expect(renegotiate).toHaveBeenCalledTimes(2);
    expect(slides.remoteTrack.id).toBe('remote-slides');
  });

  it('stops: inactive again with an update, but only when something changes', async () => {
    const port = fakePort();
    const renegotiate = vi.fn(async () => ({ ok: true as const }));
    const slides = new SlidesTransceiver(port, renegotiate);
    await slides.stop();
    expect(renegotiate).not.toHaveBeenCalled();
    await slides.receive();
    await slides.stop();
    expect(port.direction).toBe('inactive');
    expect(slides.mode).toBe('inactive');
    expect(renegotiate).toHaveBeenCalledTimes(2);
  });

  it('a share whose floor is refused goes back to what the m-line did before, sending nothing new', async () => {
    const port = fakePort();
    const gates: (Promise<unknown> | undefined)[] = [];
    const renegotiate = vi.fn(async (gate?: Promise<{ ok: true } | { ok: false; message: string }>) => {
      gates.push(gate);
      return gate ? await gate : { ok: true as const };
    });
    const slides = new SlidesTransceiver(port, renegotiate);
    await slides.receive();
    const refused = Promise.resolve({ ok: false as const, message: 'Guests cannot present' });
    expect(await slides.send(screenTrack, refused)).toEqual({ ok: false, message: 'Guests cannot present' });
    expect(gates).toEqual([undefined, refused]);
    expect(slides.mode).toBe('receive');
    expect(port.direction).toBe('recvonly');
    expect(port.sender.track).toBeNull();
    // The floor granted: sendonly, with the offer behind the floor.
    const granted = Promise.resolve({ ok: true as const });
    expect(await slides.send(screenTrack, granted)).toEqual({ ok: true });
    expect(gates.at(-1)).toBe(granted);
    expect(slides.mode).toBe('send');
    expect(port.direction).toBe('sendonly');
    expect(port.sender.track).toBe(screenTrack);
  });

  it('receiving at rest: already recvonly, receive() offers nothing, stopping a share returns to recvonly', async () => {
    const port = fakePort();
    port.direction = 'recvonly';
    const renegotiate = vi.fn(async () => ({ ok: true as const }));
    const slides = new SlidesTransceiver(port, renegotiate, 'receive');
    expect(slides.mode).toBe('receive');
    await slides.receive();
    await slides.stop();
    expect(renegotiate).not.toHaveBeenCalled();
    await slides.send(screenTrack);
    await slides.stop();
    expect(port.direction).toBe('recvonly');
    expect(slides.mode).toBe('receive');
    expect(port.sender.track).toBeNull();
    expect(renegotiate).toHaveBeenCalledTimes(2);
  });

  it('passes a failed renegotiation on', async () => {
    const slides = new SlidesTransceiver(fakePort(), async () => ({ ok: false, message: 'refused' }));
    expect(await slides.receive()).toEqual({ ok: false, message: 'refused' });
  });
});

describe('renegotiateCall', () => {
  function fakePeer(): RenegotiatingPeer & { calls: string[] } {
    const calls: string[] = [];
    const peer = {
      calls,
      signalingState: 'stable' as RTCSignalingState,
      localDescription: null as RTCSessionDescription | null,
      async createOffer() {
        calls.push('createOffer');
        return { type: 'offer', sdp: 'v=0\r\nm=audio 9 x\r\nm=video 9 x\r\nm=video 9 x\r\na=sendonly\r\n' } as RTCSessionDescriptionInit;
      },
      async setLocalDescription(description: RTCSessionDescriptionInit) {
        calls.push(`local:${description.type}`);
        if (description.type === 'offer') {
          peer.localDescription = description as RTCSessionDescription;
          peer.signalingState = 'have-local-offer';
        } else peer.signalingState = 'stable';
      },
      async setRemoteDescription(description: RTCSessionDescriptionInit) {
        calls.push(`remote:${description.sdp}`);
        peer.signalingState = 'stable';
      },
    };
    return peer as unknown as RenegotiatingPeer & { calls: string[] };
  }

  it('updates with the slides-marked offer, applies the answer, then acks', async () => {
    const pc = fakePeer();
    const order: string[] = [];
    const signalling = {
      updateCall: vi.fn(async ({ sdp }: { sdp: string }) => {
        order.push('update');
        expect(sdp).toContain('a=content:slides');
        return { ok: true as const, value: { sdp: 'answer-sdp' } };
      }),
      ackCall: vi.fn(async () => {
        order.push('ack');
        return { ok: true as const, value: null };
      }),
    };
    expect(await renegotiateCall(pc, signalling, () => false)).toEqual({ ok: true });
    expect(pc.calls).toEqual(['createOffer', 'local:offer', 'remote:answer-sdp']);
    expect(order).toEqual(['update', 'ack']);
  });

  it('rolls the offer back and sends no ack when update is refused', async () => {
    const pc = fakePeer();
    const ackCall = vi.fn(async () => ({ ok: true as const, value: null }));
    const updateCall = vi.fn(async () => ({ ok: false as const, error: { code: 'failed' as const, message: 'nope' } }));
    expect(await renegotiateCall(pc, { updateCall, ackCall }, () => false)).toEqual({ ok: false, message: 'nope' });
    expect(pc.calls).toContain('local:rollback');
    expect(ackCall).not.toHaveBeenCalled();
  });
  it('makes and applies the offer while the gate (take_floor) is pending, and updates only once it succeeds', async () => {
    const pc = fakePeer();
    const updateCall = vi.fn(async () => ({ ok: true as const, value: { sdp: 'answer-sdp' } }));
    const ackCall = vi.fn(async () => ({ ok: true as const, value: null }));
    let open: (result: { ok: true }) => void = () => undefined;
    const gate = new Promise<{ ok: true }>((resolve) => (open = resolve));
    const done = renegotiateCall(pc, { updateCall, ackCall }, () => false, gate);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pc.calls).toEqual(['createOffer', 'local:offer']);
    expect(updateCall).not.toHaveBeenCalled();
    open({ ok: true });
    expect(await done).toEqual({ ok: true });
    expect(updateCall).toHaveBeenCalledTimes(1);
    expect(pc.calls).toEqual(['createOffer', 'local:offer', 'remote:answer-sdp']);
  });

  it('a failed gate rolls the prepared offer back and sends nothing to the node', async () => {
    const pc = fakePeer();
    const updateCall = vi.fn(async () => ({ ok: true as const, value: { sdp: 'answer-sdp' } }));
    const ackCall = vi.fn(async () => ({ ok: true as const, value: null }));
    const refused = Promise.resolve({ ok: false as const, message: 'Guests cannot present' });
    expect(await renegotiateCall(pc, { updateCall, ackCall }, () => false, refused)).toEqual({ ok: false, message: 'Guests cannot present' });
    expect(pc.calls).toEqual(['createOffer', 'local:offer', 'local:rollback']);
    expect(updateCall).not.toHaveBeenCalled();
    expect(ackCall).not.toHaveBeenCalled();
  });
});

describe('watchPresentationFlow', () => {
  afterEach(() => vi.useRealTimers());

  class FakeTrack extends EventTarget implements WatchedTrack {
    muted = true;
    readyState: MediaStreamTrackState = 'live';
    fire(type: 'mute' | 'unmute' | 'ended'): void {
      this.muted = type === 'mute';
      this.dispatchEvent(new Event(type));
    }
  }

  it('reports a stall after a muted stretch, and recovery when media flows', () => {
    vi.useFakeTimers();
    const track = new FakeTrack();
    const changes: boolean[] = [];
    const stop = watchPresentationFlow(track, (stalled) => changes.push(stalled), 1000);
    vi.advanceTimersByTime(999);
    expect(changes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(changes).toEqual([true]);
    track.fire('unmute');
    expect(changes).toEqual([true, false]);
    track.fire('mute');
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([true, false, true]);
    stop();
    track.fire('unmute');
    expect(changes).toEqual([true, false, true]);
  });

  it('does not report a stall when media arrives in time', () => {
    vi.useFakeTimers();
    const track = new FakeTrack();
    const changes: boolean[] = [];
    watchPresentationFlow(track, (stalled) => changes.push(stalled), 1000);
    vi.advanceTimersByTime(500);
    track.fire('unmute');
    vi.advanceTimersByTime(5000);
    expect(changes).toEqual([]);
  });
});

describe('content profiles', () => {
  it('captures up to 1920x1080 at 15 fps for detail and 30 fps for motion', () => {
    expect(captureOptions('detail', null)).toEqual({
      video: { width: { max: 1920 }, height: { max: 1080 }, frameRate: { max: 15 } },
      audio: false,
    });
    expect(captureOptions('motion', { cancelOwnEcho: false }).video).toMatchObject({ frameRate: { max: 30 } });
  });

  it('asks for the computer sound without our own output, still played locally, not processed as a voice', () => {
    expect(captureOptions('detail', { cancelOwnEcho: false }).audio).toEqual({
      restrictOwnAudio: true,
      suppressLocalAudioPlayback: false,
      echoCancellation: false,
      noiseSuppression: false,
      autoGainControl: false,
    });
  });

  it('turns the echo canceller on where the OS cannot leave the meeting out of the computer sound', () => {
    expect(captureOptions('detail', { cancelOwnEcho: true }).audio).toMatchObject({ restrictOwnAudio: true, echoCancellation: true });
  });

  it('sets the content hint, the degradation preference and the frame rate on the sender', async () => {
    const track = { contentHint: '', applyConstraints: vi.fn(async () => undefined) } as unknown as MediaStreamTrack;
    let applied: RTCRtpSendParameters | null = null;
    const sender = {
      getParameters: () => ({ transactionId: 't', encodings: [{}], rtcp: {}, headerExtensions: [], codecs: [] }) as unknown as RTCRtpSendParameters,
      setParameters: async (parameters: RTCRtpSendParameters) => {
        applied = parameters;
      },
    };
    await applyContentProfile(track, sender, 'detail');
    expect(track.contentHint).toBe('detail');
    expect(applied).toMatchObject({ degradationPreference: 'maintain-resolution', encodings: [{ maxFramerate: 15 }] });
    await applyContentProfile(track, sender, 'motion');
    expect(track.contentHint).toBe('motion');
    expect(applied).toMatchObject({ degradationPreference: 'maintain-framerate', encodings: [{ maxFramerate: 30 }] });
  });
});

describe('picker selection and shortcut', () => {
  const screen = { id: 'screen:0:0', name: 'Entire screen', kind: 'screen' as const, thumbnail: null, icon: null };
  const editor = { id: 'window:42:0', name: 'Editor', kind: 'window' as const, thumbnail: null, icon: null };

  it('keeps a selection that still exists and preselects a single screen', () => {
    expect(reconcileSelection('window:42:0', [screen, editor])).toBe('window:42:0');
    expect(reconcileSelection('window:7:0', [screen, editor])).toBe('screen:0:0');
    expect(reconcileSelection(null, [editor])).toBeNull();
  });

  it('stops sharing on Ctrl+Shift+E or Cmd+Shift+E only', () => {
    const keys = { key: 'E', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false };
    expect(isStopSharingShortcut(keys)).toBe(true);
    expect(isStopSharingShortcut({ ...keys, ctrlKey: false, metaKey: true, key: 'e' })).toBe(true);
    expect(isStopSharingShortcut({ ...keys, shiftKey: false })).toBe(false);
    expect(isStopSharingShortcut({ ...keys, key: 'S' })).toBe(false);
  });
});
