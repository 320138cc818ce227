// A WebRTC client played by werift in Node: it offers like Parley does (audio, video, and a
// second video marked a=content:slides), sends synthetic RTP and counts what comes back.
import {
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RTP_EXTENSION_URI,
  RtpHeader,
  RtpPacket,
  useAudioLevelIndication,
  useSdesMid,
  type MediaDirection,
  type RTCRtpTransceiver,
} from 'werift';
import { keyframeRequestTargets } from '../../sim/media/keyframeRequest';
import type { MediaRoom, SimCall } from '../../sim/media/types';

export type Stream = 'audio' | 'video' | 'slides';

export interface PeerOptions {
  /** Payload types this client offers, so tests can tell whether forwarding rewrites them. */
  opusPayloadType: number;
  vp8PayloadType: number;
  loopback?: boolean;
}

const streams: readonly Stream[] = ['audio', 'video', 'slides'];

/** Marks the slides m-line the way Parley's renderer does. */
export function markSlides(sdp: string): string {
  const sections = sdp.split(/(?=^m=)/m);
  const slides = sections[3];
  if (slides === undefined) throw new Error('offer has no third m-line');
  sections[3] = slides.replace(/(a=mid:[^\r\n]*\r\n)/, '$1a=content:slides\r\n');
  return sections.join('');
}

/** The m-line lines of an SDP, index 0 = first m-line. */
export function sdpSection(sdp: string, index: number): string {
  const section = sdp.split(/(?=^m=)/m)[index + 1];
  if (section === undefined) throw new Error(`no m-line ${index}`);
  return section;
}

export async function until(condition: () => boolean, what: string): Promise<void> {
  // A liveness bound, not a speed check: give up long before the test timeout with a clear message.
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 30_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export class TestPeer {
  readonly name: string;
  readonly pc: RTCPeerConnection;
  readonly transceivers: Record<Stream, RTCRtpTransceiver>;
  readonly received: Record<Stream, RtpPacket[]> = { audio: [], video: [], slides: [] };
  /** PLIs our video and slides senders got from the simulator. */
  readonly keyframeRequests: Record<Stream, number> = { audio: 0, video: 0, slides: 0 };
  readonly sent: Record<Stream, number> = { audio: 0, video: 0, slides: 0 };
  call: SimCall | undefined;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(name: string, options: PeerOptions) {
    this.name = name;
    this.pc = new RTCPeerConnection({
      codecs: {
        audio: [new RTCRtpCodecParameters({ mimeType: 'audio/opus', clockRate: 48000, channels: 2, payloadType: options.opusPayloadType })],
        video: [
          new RTCRtpCodecParameters({
            mimeType: 'video/VP8',
            clockRate: 90000,
            payloadType: options.vp8PayloadType,
            rtcpFeedback: [{ type: 'nack' }, { type: 'nack', parameter: 'pli' }, { type: 'ccm', parameter: 'fir' }],
          }),
        ],
      },
      headerExtensions: { audio: [useSdesMid(), useAudioLevelIndication()], video: [useSdesMid()] },
      // One transport from the first offer: werift leaves the sockets of transports that BUNDLE
      // later merges open after close(), which keeps the test process alive.
      bundlePolicy: 'max-bundle',
      iceServers: [],
      iceUseIpv4: false,
      iceUseIpv6: false,
      iceAdditionalHostAddresses: ['127.0.0.1'],
      iceInterfaceAddresses: { udp4: '127.0.0.1' },
    });
    this.transceivers = {
      audio: this.pc.addTransceiver('audio', { direction: 'sendrecv' }),
      video: this.pc.addTransceiver('video', { direction: 'sendrecv' }),
      slides: this.pc.addTransceiver('video', { direction: 'inactive' }),
    };
    for (const stream of streams) {
      const transceiver = this.transceivers[stream];
      // werift delivers RTP on one track per signalled SSRC, announced through onTrack.
      transceiver.onTrack.subscribe((track) => track.onReceiveRtp.subscribe((packet) => this.received[stream].push(packet)));
    }
  }

  async join(room: MediaRoom, participantUuid: string, loopback = false): Promise<SimCall> {
    const offer = await this.offer();
    const call = await room.addCall(participantUuid, offer, { loopback });
    this.call = call;
    await this.pc.setRemoteDescription({ type: 'answer', sdp: call.answerSdp });
    this.countKeyframeRequests();
    call.ack();
    await until(() => this.pc.connectionState === 'connected', `${this.name} to connect`);
    return call;
  }

  /** Renegotiates the slides m-line; resolves with the simulator's answer. */
  async setSlidesDirection(direction: MediaDirection): Promise<string> {
    const call = this.requireCall();
    this.transceivers.slides.setDirection(direction);
    const answer = await call.update(await this.offer());
    await this.pc.setRemoteDescription({ type: 'answer', sdp: answer });
    call.ack();
    return answer;
  }

  /** Sends fake VP8 frames on a stream, each payload starting with `tag` so receivers can tell whose it is. */
  sendVideo(stream: 'video' | 'slides', tag: string): void {
    let frame = 0;
    this.every(33, () => {
      frame += 1;
      // VP8 payload descriptor (S bit) + a keyframe-like header byte; enough for a forwarder.
      const payload = Buffer.concat([Buffer.from([0x10, frame % 30 === 1 ? 0x00 : 0x01]), Buffer.from(tag), Buffer.alloc(600, frame)]);
      this.sendRtp(stream, payload, true, []);
    });
  }

  /** Sends opus-sized packets carrying the audio-level extension (lower level = louder). */
  sendAudio(level: number, voice: boolean): void {
    this.every(20, () => {
      const id = this.transceivers.audio.headerExtensions.find((ext) => ext.uri === RTP_EXTENSION_URI.audioLevelIndication)?.id;
      const extensions = id === undefined ? [] : [{ id, payload: Buffer.from([(voice ? 0x80 : 0) | level]) }];
      this.sendRtp('audio', Buffer.alloc(80, level), false, extensions);
    });
  }

  stopSending(): void {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
  }

  /** Packets received on a stream whose payload carries `tag`. */
  receivedFrom(stream: Stream, tag: string): RtpPacket[] {
    return this.received[stream].filter((packet) => packet.payload.includes(tag));
  }

  negotiatedPayloadType(stream: Stream): number | undefined {
    return this.transceivers[stream].codecs[0]?.payloadType;
  }

  async close(): Promise<void> {
    this.stopSending();
    await this.pc.close();
  }

  /** Counted at the transport: werift routes a PLI by its sender SSRC first, which is not ours. */
  private countKeyframeRequests(): void {
    // Only once the answer is applied does BUNDLE settle which transport carries everything.
    this.transceivers.video.sender.dtlsTransport.onRtcp.subscribe((packet) => {
      for (const ssrc of keyframeRequestTargets(packet)) {
        for (const stream of streams) {
          if (this.transceivers[stream].sender.ssrc === ssrc) this.keyframeRequests[stream] += 1;
        }
      }
    });
  }

  private requireCall(): SimCall {
    if (!this.call) throw new Error(`${this.name} has not joined`);
    return this.call;
  }

  private async offer(): Promise<string> {
    await this.pc.setLocalDescription(await this.pc.createOffer());
    await until(() => this.pc.iceGatheringState === 'complete', `${this.name} to gather candidates`);
    const sdp = this.pc.localDescription?.sdp;
    if (sdp === undefined) throw new Error('no offer');
    return markSlides(sdp);
  }

  private readonly sequences: Record<Stream, number> = { audio: 0, video: 0, slides: 0 };

  private sendRtp(stream: Stream, payload: Buffer, marker: boolean, extensions: { id: number; payload: Buffer }[]): void {
    const sequence = (this.sequences[stream] + 1) & 0xffff;
    this.sequences[stream] = sequence;
    const header = new RtpHeader({ sequenceNumber: sequence, timestamp: sequence * 3000, marker, extensions });
    this.sent[stream] += 1;
    this.transceivers[stream].sender.sendRtp(new RtpPacket(header, payload)).catch(() => undefined);
  }

  private every(ms: number, tick: () => void): void {
    const timer = setInterval(tick, ms);
    this.timers.push(timer);
  }
}
