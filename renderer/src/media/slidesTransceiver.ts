// The presentation ("slides") transceiver, the third m-line: inactive until used, sendonly while
// we hold the floor, recvonly while someone else presents. Every change of direction is offered
// to the node again (update → ack); a request that changes nothing sends nothing.
export type SlidesMode = 'inactive' | 'send' | 'receive';

export type NegotiationResult = { ok: true } | { ok: false; message: string };

/** The parts of RTCRtpTransceiver this needs (tests pass a plain object). */
export interface SlidesPort {
  direction: RTCRtpTransceiverDirection;
  readonly sender: Pick<RTCRtpSender, 'track' | 'replaceTrack' | 'getParameters' | 'setParameters'>;
  readonly receiver: { readonly track: MediaStreamTrack };
}

export function directionFor(mode: SlidesMode): RTCRtpTransceiverDirection {
  switch (mode) {
    case 'send':
      return 'sendonly';
    case 'receive':
      return 'recvonly';
    case 'inactive':
      return 'inactive';
  }
}

export class SlidesTransceiver {
  private current: SlidesMode = 'inactive';

  constructor(
    private readonly port: SlidesPort,
    private readonly renegotiate: () => Promise<NegotiationResult>,
  ) {}

  get mode(): SlidesMode {
    return this.current;
  }

  /** The presentation as it arrives (meaningful while receiving). */
  get remoteTrack(): MediaStreamTrack {
    return this.port.receiver.track;
  }

  /** The RTCRtpSender, for content-quality parameters while sending. */
  get sender(): SlidesPort['sender'] {
    return this.port.sender;
  }

  /** Sends `track` as the presentation (after take_floor succeeded). */
  async send(track: MediaStreamTrack): Promise<NegotiationResult> {
    const sameTrack = this.port.sender.track === track;
    if (!sameTrack) await this.port.sender.replaceTrack(track);
    // A new track on an m-line already sending needs no new offer.
    if (this.current === 'send') return { ok: true };
    return this.switchTo('send');
  }

  /** Receives someone else's presentation. */
  async receive(): Promise<NegotiationResult> {
    if (this.port.sender.track) await this.port.sender.replaceTrack(null);
    return this.switchTo('receive');
  }

  /** Neither sends nor receives (presentation over, or we stopped sharing). */
  async stop(): Promise<NegotiationResult> {
    if (this.port.sender.track) await this.port.sender.replaceTrack(null);
    return this.switchTo('inactive');
  }

  private switchTo(mode: SlidesMode): Promise<NegotiationResult> {
    if (this.current === mode && this.port.direction === directionFor(mode)) return Promise.resolve({ ok: true });
    this.current = mode;
    this.port.direction = directionFor(mode);
    return this.renegotiate();
  }
}
