// The presentation ("slides") transceiver, the third m-line: at rest either receiving (a video
// call: the node sends a presentation on it as soon as one starts) or inactive, sendonly while we
// hold the floor, recvonly while someone else presents. Every change of direction is offered to
// the node again (update → ack); a request that changes nothing sends nothing. A new share's
// offer is prepared while take_floor is in flight and sent once the floor is ours.
export type SlidesMode = 'inactive' | 'send' | 'receive';

import type { MediaFailure } from './mediaFailure';

export type NegotiationResult = { ok: true } | MediaFailure;

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
  private current: SlidesMode;

  constructor(
    private readonly port: SlidesPort,
    /** `gate`: must succeed before the new offer goes to the node (see renegotiateCall). */
    private readonly renegotiate: (gate?: Promise<NegotiationResult>) => Promise<NegotiationResult>,
    /** What the m-line does when nobody here presents: the direction it was first offered with. */
    private readonly atRest: Exclude<SlidesMode, 'send'> = 'inactive',
  ) {
    this.current = atRest;
  }

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

  /**
   * Sends `track` as the presentation. `floor` is take_floor still in flight: the offer is made
   * meanwhile and sent only once it succeeds; when it fails, the m-line goes back to what it was
   * (no offer was sent) and its result is returned.
   */
  async send(track: MediaStreamTrack, floor?: Promise<NegotiationResult>): Promise<NegotiationResult> {
    const before = { mode: this.current, direction: this.port.direction, track: this.port.sender.track };
    const sameTrack = before.track === track;
    if (!sameTrack) await this.port.sender.replaceTrack(track);
    // A new track on an m-line already sending needs no new offer.
    const result = this.current === 'send' ? await (floor ?? { ok: true as const }) : await this.switchTo('send', floor);
    const allowed = floor ? await floor : result;
    if (!allowed.ok) {
      this.current = before.mode;
      this.port.direction = before.direction;
      if (!sameTrack) await this.port.sender.replaceTrack(before.track);
    }
    return result;
  }

  /** Receives someone else's presentation. */
  async receive(): Promise<NegotiationResult> {
    if (this.port.sender.track) await this.port.sender.replaceTrack(null);
    return this.switchTo('receive');
  }

  /**
   * Back to rest (presentation over, or we stopped sharing): inactive, or still receiving when
   * the line receives at rest, which after someone else's presentation changes nothing.
   */
  async stop(): Promise<NegotiationResult> {
    if (this.port.sender.track) await this.port.sender.replaceTrack(null);
    return this.switchTo(this.atRest);
  }

  private switchTo(mode: SlidesMode, gate?: Promise<NegotiationResult>): Promise<NegotiationResult> {
    if (this.current === mode && this.port.direction === directionFor(mode)) return gate ?? Promise.resolve({ ok: true });
    this.current = mode;
    this.port.direction = directionFor(mode);
    return this.renegotiate(gate);
  }
}
