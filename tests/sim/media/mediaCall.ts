// One participant's WebRTC call as the simulator sees it: a werift peer connection answering the
// client's three m-lines, with inbound RTP surfaced per stream and outbound RTP sent per stream.
import {
  RTCPeerConnection,
  type MediaStreamTrack,
  type RTCDtlsTransport,
  type RTCRtpTransceiver,
  type RtcpPacket,
  type RtpPacket,
} from 'werift';
import { audioLevelExtensionId, readAudioLevel, type AudioLevel } from './audioLevel';
import { keyframeRequestTargets } from './keyframeRequest';
import { simPeerConfig } from './peerConfig';
import { keepOfferedMLinesOpen, slidesMid } from './sdpSections';
import { iceUfragOf, MediaPathCut } from './mediaPathCut';
import { answerAsDtlsServer } from './dtlsRole';
import { keepEarlyDtlsRecords } from './earlyDtlsRecords';
import { connectOnNomination, type NominatingConnection } from './iceNomination';
import { RtpClockContinuity } from './rtpClockContinuity';

export type StreamKind = 'audio' | 'video' | 'slides';
export type VideoKind = Exclude<StreamKind, 'audio'>;

export interface MediaCallEvents {
  rtp(kind: StreamKind, packet: RtpPacket): void;
  audioLevel(level: AudioLevel): void;
  /** The client asked for a keyframe (PLI/FIR) on a stream we send it. */
  keyframeRequest(kind: VideoKind): void;
  /** Readiness or slides direction changed: routing must be looked at again. */
  stateChanged(): void;
}

export interface MediaCallIdentity {
  callUuid: string;
  participantUuid: string;
  loopback: boolean;
  loopbackWhenAlone?: boolean;
}

type Unsubscribe = () => void;

export class MediaCall {
  readonly callUuid: string;
  readonly participantUuid: string;
  readonly loopback: boolean;
  readonly loopbackWhenAlone: boolean;
  private readonly pc: RTCPeerConnection;
  private readonly events: MediaCallEvents;
  private readonly transceivers = new Map<StreamKind, RTCRtpTransceiver>();
  private readonly subscribedTracks = new WeakSet<MediaStreamTrack>();
  private readonly subscribedTransports = new WeakSet<RTCDtlsTransport>();
  /** Transports given the early-DTLS and nomination fixes (once each). */
  private readonly preparedTransports = new WeakSet<RTCDtlsTransport>();
  private readonly unsubscribers: Unsubscribe[] = [];
  private readonly inboundSsrc = new Map<StreamKind, number>();
  private readonly continuity = new RtpClockContinuity<StreamKind>();
  private acked = false;
  private closed = false;
  /** A test's /_sim/drop_media: the path is cut until the client restarts ICE. */
  private readonly pathCut = new MediaPathCut();
  private remoteUfrag: string | null = null;
  /** ICE restarts the client has offered (update with new credentials). */
  iceRestarts = 0;

  private constructor(identity: MediaCallIdentity, events: MediaCallEvents) {
    this.callUuid = identity.callUuid;
    this.participantUuid = identity.participantUuid;
    this.loopback = identity.loopback;
    this.loopbackWhenAlone = identity.loopbackWhenAlone ?? false;
    this.events = events;
    this.pc = new RTCPeerConnection(simPeerConfig());
    const { unSubscribe } = this.pc.connectionStateChange.subscribe(() => this.events.stateChanged());

    this.unsubscribers.push(unSubscribe);
  }

  /** Creates the call and answers its first offer; resolves with the call and its answer SDP. */
  static async answer(
    identity: MediaCallIdentity,
    offerSdp: string,
    events: MediaCallEvents,
  ): Promise<{ call: MediaCall; answerSdp: string }> {
    const call = new MediaCall(identity, events);
    try {
      await call.negotiate(offerSdp);
      await call.gatheringComplete();
      // Non-trickle from our side: the answer carries our (loopback) candidates.
      return { call, answerSdp: keepOfferedMLinesOpen(offerSdp, call.localSdp()) };
    } catch (error) {
      await call.close();
      throw error;
    }
  }

  async update(offerSdp: string): Promise<string> {
    const ufrag = iceUfragOf(offerSdp);
    const restart = ufrag !== null && this.remoteUfrag !== null && ufrag !== this.remoteUfrag;
    // New credentials: the client restarts ICE (a network change). The old path may be gone; the
    // new one is checked afresh (werift restarts its side when the remote credentials change).
    if (restart) {
      this.pathCut.lift();
      this.iceRestarts += 1;
      // werift treats changed remote credentials as a mere renomination when the offer has an
      // inactive m-line (our slides line usually is), keeping its own credentials and its stale
      // selected pair. Restart our side explicitly: new local credentials, fresh checks.
      for (const transport of this.pc.iceTransports) transport.restart();
    }
    await this.negotiate(offerSdp);
    // Our answer carries our candidates again, as the first one did (we do not trickle).
    if (restart) await this.gatheringComplete();
    this.events.stateChanged();
    return keepOfferedMLinesOpen(offerSdp, this.localSdp());
  }

  /** Drops everything on this call's media path until the client restarts ICE; false if closed. */
  cutMediaPath(): boolean {
    if (this.closed) return false;
    return this.pathCut.apply(this.pc) > 0;
  }

  /** Loses this share (0–1) of the media sent to the client, ICE untouched; 0 ends it. False if closed. */
  loseMedia(loss: number): boolean {
    if (this.closed) return false;
    return this.pathCut.applyLoss(this.pc, loss) > 0;
  }

  async addRemoteCandidate(candidate: { candidate: string; mid: string }): Promise<void> {
    // An empty candidate only marks the end of gathering; nothing to add.
    if (candidate.candidate.trim() === '' || this.closed) return;
    await this.pc.addIceCandidate({ candidate: candidate.candidate, sdpMid: candidate.mid });
  }

  ack(): void {
    if (this.acked) return;
    this.acked = true;
    this.events.stateChanged();
  }

  /** Media flows both ways: a keyframe request to this client can be delivered. */
  get connected(): boolean {
    return !this.closed && this.pc.connectionState === 'connected';
  }

  /** Acknowledged and connected: what we send now reaches the client. */
  get ready(): boolean {
    return this.acked && this.connected;
  }

  // werift keeps the offered direction already mirrored to our side (client sendonly → recvonly).

  /** The client sends on its slides m-line (it holds the floor). */
  get presenting(): boolean {
    const mirrored = this.transceivers.get('slides')?.offerDirection;
    return mirrored === 'recvonly' || mirrored === 'sendrecv';
  }

  /** The client receives on its slides m-line (someone else presents). */
  get receivesSlides(): boolean {
    const mirrored = this.transceivers.get('slides')?.offerDirection;
    return mirrored === 'sendonly' || mirrored === 'sendrecv';
  }

  send(kind: StreamKind, packet: RtpPacket): void {
    const sender = this.transceivers.get(kind)?.sender;
    if (!sender || this.closed) return;
    const step = this.continuity.sent(kind, Date.now(), sender.codec?.clockRate ?? (kind === 'audio' ? 48_000 : 90_000));
    if (step !== undefined) sender.replaceRTP({ sequenceNumber: 0, timestamp: 0 }, false, step);
    sender.sendRtp(packet).catch(() => undefined);
  }

  /** The next packet on this stream starts a new source: it continues our sequence numbers, and our clock by the time since our last. */
  restartStream(kind: StreamKind): void {
    this.continuity.restart(kind);
  }

  /** Asks the client for a keyframe on a stream it sends us. */
  requestKeyframe(kind: VideoKind): void {
    const receiver = this.transceivers.get(kind)?.receiver;
    const ssrc = this.inboundSsrc.get(kind) ?? receiver?.track.ssrc;
    if (!receiver || ssrc === undefined || this.closed) return;
    receiver.sendRtcpPLI(ssrc).catch(() => undefined);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    await this.pc.close();
  }

  private async negotiate(offerSdp: string): Promise<void> {
    await this.pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
    this.remoteUfrag = iceUfragOf(offerSdp) ?? this.remoteUfrag;
    this.bindTransceivers(slidesMid(offerSdp));
    answerAsDtlsServer(this.pc.dtlsTransports);
    for (const transport of this.pc.dtlsTransports) {
      if (this.preparedTransports.has(transport)) continue;
      this.preparedTransports.add(transport);
      this.unsubscribers.push(keepEarlyDtlsRecords(transport));
      // werift's typings keep these members private; the module names the ones it uses.
      connectOnNomination(transport.iceTransport.connection as unknown as NominatingConnection);
    }
    // werift answers the intersection of our direction and the mirror of the offered one, so
    // being willing to do everything answers exactly the mirror (sendonly → recvonly, ...).
    // It also only registers receivers while our direction can receive.
    for (const transceiver of this.pc.getTransceivers()) transceiver.setDirection('sendrecv');
    await this.pc.setLocalDescription(await this.pc.createAnswer());
    // Transports are settled once the answer is applied (BUNDLE may merge them).
    for (const transceiver of this.transceivers.values()) this.listenToRtcp(transceiver.sender.dtlsTransport);
  }

  private bindTransceivers(slides: string | undefined): void {
    const all = this.pc.getTransceivers();
    const audio = all.find((transceiver) => transceiver.kind === 'audio');
    const video = all.find((transceiver) => transceiver.kind === 'video' && transceiver.mid !== slides);
    const presentation = all.find((transceiver) => transceiver.kind === 'video' && transceiver.mid === slides);
    for (const [kind, transceiver] of [
      ['audio', audio],
      ['video', video],
      ['slides', presentation],
    ] as const) {
      if (!transceiver || this.transceivers.get(kind) === transceiver) continue;
      this.transceivers.set(kind, transceiver);
      this.listen(kind, transceiver);
    }
  }

  private listen(kind: StreamKind, transceiver: RTCRtpTransceiver): void {
    this.listenToTrack(kind, transceiver, transceiver.receiver.track);
    const onTrack = transceiver.onTrack.subscribe((track) => this.listenToTrack(kind, transceiver, track));
    this.unsubscribers.push(onTrack.unSubscribe);
  }

  private listenToRtcp(transport: RTCDtlsTransport): void {
    if (this.subscribedTransports.has(transport)) return;
    this.subscribedTransports.add(transport);
    const { unSubscribe } = transport.onRtcp.subscribe((packet) => this.onRtcp(packet));
    this.unsubscribers.push(unSubscribe);
  }

  private onRtcp(packet: RtcpPacket): void {
    for (const ssrc of keyframeRequestTargets(packet)) {
      for (const kind of ['video', 'slides'] as const) {
        if (this.transceivers.get(kind)?.sender.ssrc === ssrc) this.events.keyframeRequest(kind);
      }
    }
  }

  private listenToTrack(kind: StreamKind, transceiver: RTCRtpTransceiver, track: MediaStreamTrack): void {
    if (this.subscribedTracks.has(track)) return;
    this.subscribedTracks.add(track);
    const { unSubscribe } = track.onReceiveRtp.subscribe((packet) => {
      if (this.closed) return;
      this.inboundSsrc.set(kind, packet.header.ssrc);
      if (kind === 'audio') {
        const level = readAudioLevel(packet, audioLevelExtensionId(transceiver.headerExtensions));
        if (level) this.events.audioLevel(level);
      }
      this.events.rtp(kind, packet);
    });
    this.unsubscribers.push(unSubscribe);
  }

  private localSdp(): string {
    const sdp = this.pc.localDescription?.sdp;
    if (sdp === undefined) throw new Error('no local description after answering');
    return sdp;
  }

  private async gatheringComplete(): Promise<void> {
    if (this.pc.iceGatheringState === 'complete') return;
    await new Promise<void>((resolve) => {
      const { unSubscribe } = this.pc.iceGatheringStateChange.subscribe((state) => {
        if (state !== 'complete') return;
        unSubscribe();
        resolve();
      });
    });
  }
}
