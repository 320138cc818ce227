// One media call: a single RTCPeerConnection with audio, main video and presentation ("slides")
// transceivers, signalled through the bridge (startCall → answer → ackCall, trickle ICE).
import type { IceCandidatePayload, MediaType, ParleyApi } from '../../../electron/shared/bridge';
import type { IceServer } from '../../../electron/shared/meeting';
import { icePasswordFor } from './iceCredentials';
import { addSlidesContent } from './sdpSlides';
import { offerInfinityFormats } from './offeredFormats';
import { applyAnswerAndAck, renegotiateCall } from './callRenegotiation';
import { directionFor, SlidesTransceiver, type NegotiationResult } from './slidesTransceiver';
import type { MediaByMid } from './callStatistics';
import { capSenderBitrate, type BitrateResult } from './callBandwidth';
import { IceRestarter } from './iceRestart';
import { mediaFailure, type MediaFailure } from './mediaFailure';

export type CallSignalling = Pick<ParleyApi, 'startCall' | 'ackCall' | 'sendCandidate' | 'updateCall'>;

export interface CallPeerOptions {
  signalling: CallSignalling;
  iceServers: IceServer[];
  mediaType: MediaType;
  /**
   * False for a presentation-only device: the audio and main video lines neither send nor receive,
   * only the presentation line is used (receive-only). Default true.
   */
  mainMedia?: boolean;
  /**
   * The presentation line receives from the first offer: the node sends a presentation on it the
   * moment one starts, so showing it needs no new offer (no round trip when someone shares).
   * False: inactive until used (calls that show the node's still images instead). Default false.
   */
  receivePresentation?: boolean;
  /** False when the node cannot take trickled candidates: the offer then waits for gathering. */
  trickleIce: boolean;
  localStream: MediaStream | null;
  onConnectionStateChange?: (state: RTCPeerConnectionState) => void;
  /** ICE went down during the call and is being restarted (true), or is back (false). */
  onMediaRecovering?: (recovering: boolean) => void;
  /** ICE restarts could not bring the media back: the call is over, for this reason. */
  onMediaLost?: (failure: MediaFailure) => void;
  createPeerConnection?: (config: RTCConfiguration) => RTCPeerConnection;
}

export type CallStartResult = { ok: true } | { ok: false; message: string };

/** What only the node's answer to request_token tells: given to a call prepared before it came. */
export interface JoinedCallSettings {
  iceServers: IceServer[];
  trickleIce: boolean;
}

/** Longest wait for ICE gathering when the node does not accept trickle ICE. */
const gatheringLimitMs = 5_000;

export class CallPeer {
  /** The node's audio and main video, for the meeting video element. */
  readonly remoteStream: MediaStream;
  /** The presentation m-line, switched by the presentation store. */
  readonly slides: SlidesTransceiver;
  private readonly pc: RTCPeerConnection;
  private options: CallPeerOptions;
  /** The offer created ahead (prepareOffer), and its value once Chromium has made it. */
  private earlyOffer: Promise<RTCSessionDescriptionInit> | null = null;
  private readyOffer: RTCSessionDescriptionInit | null = null;
  /** What the call sends now: an audio-only call becomes a video call when the person adds video. */
  private sendingMedia: MediaType;
  /** The main audio and video transceivers, for switching devices in place. */
  private readonly main: Record<'audio' | 'video', RTCRtpTransceiver>;
  private readonly slidesLine: RTCRtpTransceiver;
  private uuid: string | null = null;
  private readonly queued: IceCandidatePayload[] = [];
  private sending: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** The offer/answer exchange in progress: renegotiations queue behind it, one at a time. */
  private negotiation: Promise<unknown> = Promise.resolve();
  /** Restarts ICE when the network changes under the call. */
  private readonly iceRestarter: IceRestarter;
  /** The main video's cap (bits/s) from the bandwidth choice; null: the browser's own. */
  private videoCap: number | null = null;

  constructor(options: CallPeerOptions) {
    this.options = options;
    this.sendingMedia = options.mediaType;
    const create = options.createPeerConnection ?? ((config) => new RTCPeerConnection(config));
    this.pc = create({ iceServers: options.iceServers, bundlePolicy: 'max-bundle' });
    const streams = options.localStream ? [options.localStream] : [];
    const audioTrack = options.localStream?.getAudioTracks()[0];
    const videoTrack = options.localStream?.getVideoTracks()[0];
    const audioOnly = options.mediaType === 'audio';
    const main = options.mainMedia !== false;
    // Order matters to the node: audio, main video, presentation.
    const audio = this.pc.addTransceiver(audioTrack && main ? audioTrack : 'audio', {
      direction: !main ? 'inactive' : audioTrack ? 'sendrecv' : 'recvonly',
      streams,
    });
    const video = this.pc.addTransceiver(videoTrack && main && !audioOnly ? videoTrack : 'video', {
      direction: audioOnly || !main ? 'inactive' : videoTrack ? 'sendrecv' : 'recvonly',
      streams,
    });
    this.main = { audio, video };
    const slidesAtRest = options.receivePresentation === true ? 'receive' : 'inactive';
    const slides = this.pc.addTransceiver('video', { direction: directionFor(slidesAtRest) });
    this.slidesLine = slides;
    offerInfinityFormats(audio, 'audio');
    offerInfinityFormats(video, 'video');
    offerInfinityFormats(slides, 'video');
    this.slides = new SlidesTransceiver(slides, (gate) => this.renegotiate(gate), slidesAtRest);
    this.remoteStream = new MediaStream([audio.receiver.track, video.receiver.track]);
    this.pc.onicecandidate = (event) => this.onLocalCandidate(event.candidate);
    this.pc.onconnectionstatechange = () => {
      if (!this.closed) options.onConnectionStateChange?.(this.pc.connectionState);
    };
    this.iceRestarter = new IceRestarter({
      restart: () => this.restartIce(),
      onRecovering: (recovering) => {
        if (!this.closed) options.onMediaRecovering?.(recovering);
      },
      onGiveUp: (failure) => {
        if (!this.closed) options.onMediaLost?.(failure);
      },
    });
    this.pc.oniceconnectionstatechange = () => {
      if (!this.closed) this.iceRestarter.onIceState(this.pc.iceConnectionState);
    };
  }

  /** True while ICE is being restarted: a 'failed' connection meanwhile is not the end of the call. */
  get recoveringMedia(): boolean {
    return this.iceRestarter.recovering;
  }

  /**
   * A new offer with fresh ICE credentials (update → ack): the node answers with its own, and
   * connectivity checks start again on whatever network the computer has now.
   */
  restartIce(): Promise<NegotiationResult> {
    if (this.closed) return Promise.resolve(mediaFailure('callClosed'));
    this.pc.restartIce();
    return this.renegotiate();
  }

  /** The node's id for this call, once startCall has answered. */
  get callUuid(): string | null {
    return this.uuid;
  }

  /**
   * Creates the offer now (while request_token is in flight), so start() can send it at once. ICE
   * does not start: that needs setLocalDescription, which start() does with the node's ICE servers.
   */
  prepareOffer(): void {
    if (this.earlyOffer || this.closed) return;
    const offer = this.pc.createOffer();
    this.earlyOffer = offer;
    offer.then(
      (made) => {
        if (this.earlyOffer === offer) this.readyOffer = made;
      },
      // start() creates the offer again and reports that failure.
      () => {
        if (this.earlyOffer === offer) this.earlyOffer = null;
      },
    );
  }

  /**
   * The offer made ahead as start() will send it with trickle ICE, for the join to carry (the core
   * posts it the moment the token arrives, and startCall with the same text takes that answer).
   */
  get readyOfferText(): string | null {
    return this.readyOffer && this.options.trickleIce ? addSlidesContent(this.readyOffer.sdp ?? '') : null;
  }

  /** The node's ICE servers and trickle support, for a call created before the token came. */
  useJoinSettings(settings: JoinedCallSettings): void {
    this.options = { ...this.options, ...settings };
    this.pc.setConfiguration({ iceServers: settings.iceServers, bundlePolicy: 'max-bundle' });
  }

  start(): Promise<CallStartResult> {
    const started = this.offerAndAnswer().then(async (result) => {
      // Encodings exist once the answer is applied: the bandwidth cap can go on now.
      if (result.ok) await this.applyVideoCap();
      return result;
    });
    this.negotiation = started;
    return started;
  }

  /**
   * Caps what the main video sends (the bandwidth choice), in the running call: setParameters
   * on its sender, no new offer. Kept and applied again after every renegotiation.
   */
  setVideoBandwidth(maxBitrate: number | null): Promise<BitrateResult> {
    this.videoCap = maxBitrate;
    return this.applyVideoCap();
  }

  private async applyVideoCap(): Promise<BitrateResult> {
    if (this.videoCap === null || this.closed) return { ok: true, applied: false };
    const result = await capSenderBitrate(this.main.video.sender, this.videoCap);
    if (!result.ok) console.warn('Parley: the bandwidth choice could not be applied:', result.message);
    return result;
  }

  /**
   * Offers the current directions again (update → ack), after any exchange still in progress;
   * `gate` (take_floor) must succeed before the offer is sent (see renegotiateCall).
   */
  renegotiate(gate?: Promise<NegotiationResult>): Promise<NegotiationResult> {
    const next = this.negotiation.then((): Promise<NegotiationResult> | NegotiationResult =>
      this.uuid === null || this.closed
        ? mediaFailure('noCallToUpdate')
        : renegotiateCall(this.pc, this.options.signalling, () => this.closed, gate).then(async (result) => {
            if (result.ok) await this.applyVideoCap();
            return result;
          }),
    );
    this.negotiation = next;
    return next;
  }

  /**
   * Sends another microphone or camera track (or none) on the same m-line, keeping the call up.
   * Only a line that was not sending before (no device at the start) needs a new offer.
   */
  async replaceTrack(kind: 'audio' | 'video', track: MediaStreamTrack | null): Promise<NegotiationResult> {
    // An audio-only call keeps its video line inactive whatever the camera does.
    if (this.closed || this.options.mainMedia === false || (kind === 'video' && this.sendingMedia === 'audio')) return { ok: true };
    const transceiver = this.main[kind];
    await transceiver.sender.replaceTrack(track);
    if (!track || transceiver.direction === 'sendrecv') return { ok: true };
    transceiver.direction = 'sendrecv';
    return this.renegotiate();
  }

  /** What the call sends now ('audio' until an audio-only call adds video). */
  get mediaType(): MediaType {
    return this.sendingMedia;
  }

  /**
   * Escalates an audio-only call to video: the camera track goes on the main video line, which now
   * sends and receives, and the new offer goes to the node (update → ack), as Infinity allows.
   */
  async addVideo(track: MediaStreamTrack): Promise<NegotiationResult> {
    if (this.closed) return mediaFailure('callClosed');
    if (this.options.mainMedia === false) return mediaFailure('presentationOnlyNoVideo');
    const transceiver = this.main.video;
    await transceiver.sender.replaceTrack(track);
    this.sendingMedia = 'video';
    if (transceiver.direction === 'sendrecv') return { ok: true };
    transceiver.direction = 'sendrecv';
    return this.renegotiate();
  }

  private async offerAndAnswer(): Promise<CallStartResult> {
    try {
      // An offer made ahead is used without waiting (not even a microtask): the call is sent before
      // the meeting view's first render, which runs right after this in the same task.
      const offer = this.readyOffer ?? (await (this.earlyOffer ?? this.pc.createOffer()).catch(() => this.pc.createOffer()));
      this.readyOffer = null;
      this.earlyOffer = null;
      let sdp: string;
      let applied: Promise<void> = Promise.resolve();
      if (this.options.trickleIce) {
        // The node needs only the offer's text: it goes out while the browser applies it, and the
        // candidates follow as they are gathered.
        applied = this.pc.setLocalDescription(offer);
        applied.catch(() => undefined);
        sdp = addSlidesContent(offer.sdp ?? '');
      } else {
        await this.pc.setLocalDescription(offer);
        await this.gatheringComplete();
        sdp = addSlidesContent(this.pc.localDescription?.sdp ?? offer.sdp ?? '');
      }
      const started = await this.options.signalling.startCall({ sdp, mediaType: this.options.mediaType });
      await applied;
      if (this.closed) return mediaFailure('callClosed');
      if (!started.ok) return { ok: false, message: started.error.message };
      this.uuid = started.value.callUuid;
      for (const candidate of this.queued.splice(0)) this.sendCandidate(candidate);
      return await applyAnswerAndAck(this.pc, this.options.signalling, started.value.sdp);
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The connection's WebRTC statistics (the kiosk reports bitrate and loss from them). */
  stats(): Promise<RTCStatsReport> {
    return this.pc.getStats();
  }

  /** Which m-line (by mid) carries what, so statistics can tell the presentation from the main video. */
  mediaByMid(): MediaByMid {
    const byMid: Record<string, 'audio' | 'video' | 'presentation'> = {};
    if (this.main.audio.mid !== null) byMid[this.main.audio.mid] = 'audio';
    if (this.main.video.mid !== null) byMid[this.main.video.mid] = 'video';
    if (this.slidesLine.mid !== null) byMid[this.slidesLine.mid] = 'presentation';
    return byMid;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.iceRestarter.stop();
    this.pc.onicecandidate = null;
    this.pc.onconnectionstatechange = null;
    this.pc.oniceconnectionstatechange = null;
    this.pc.close();
  }

  private onLocalCandidate(candidate: RTCIceCandidate | null): void {
    // null and the empty candidate only mark the end of gathering.
    if (this.closed || !this.options.trickleIce || !candidate?.candidate) return;
    const payload: IceCandidatePayload = {
      candidate: candidate.candidate,
      sdpMid: candidate.sdpMid,
      usernameFragment: candidate.usernameFragment,
      pwd: icePasswordFor(this.pc.localDescription?.sdp ?? '', candidate.sdpMid),
    };
    // The node can only take candidates for a call it has created.
    if (this.uuid === null) this.queued.push(payload);
    else this.sendCandidate(payload);
  }

  /** Sends in gathering order; a lost candidate is not fatal, so failures are only reported. */
  private sendCandidate(payload: IceCandidatePayload): void {
    this.sending = this.sending.then(async () => {
      if (this.closed) return;
      const result = await this.options.signalling.sendCandidate(payload);
      if (!result.ok) console.warn('Parley: an ICE candidate was not delivered:', result.error.message);
    }).catch((error: unknown) => {
      console.warn('Parley: an ICE candidate was not delivered:', error instanceof Error ? error.message : error);
    });
  }

  private gatheringComplete(): Promise<void> {
    if (this.pc.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, gatheringLimitMs);
      const pc = this.pc;
      function done(): void {
        clearTimeout(timer);
        pc.removeEventListener('icegatheringstatechange', check);
        resolve();
      }
      function check(): void {
        if (pc.iceGatheringState === 'complete') done();
      }
      pc.addEventListener('icegatheringstatechange', check);
    });
  }
}
