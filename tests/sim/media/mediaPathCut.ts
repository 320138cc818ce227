// Cuts a call's media path the way a network change does (Wi-Fi to cable, a VPN coming up): every
// datagram on the call's ICE sockets is dropped, both ways, STUN and media alike, until the client
// restarts ICE. werift reuses its sockets across an ICE restart, so the cut is a gate on them
// rather than a closed socket.
import type { RTCPeerConnection } from 'werift';

/** What werift's STUN/UDP protocol objects have (the list of them is private to werift's ICE). */
interface IceProtocol {
  sendData(data: Buffer, addr: unknown): Promise<void>;
  sendStun(message: unknown, addr: unknown): Promise<void>;
  datagramReceived(data: Buffer, addr: unknown): void;
}

export class MediaPathCut {
  private cut = false;
  /** A lossy network (/_sim/lossy_media): every n-th media datagram to the client is lost; 0: none. */
  private dropEvery = 0;
  private sentSinceDrop = 0;
  private readonly gated = new WeakSet<object>();

  get active(): boolean {
    return this.cut;
  }

  /** Starts dropping everything on the call's current ICE sockets. */
  apply(pc: RTCPeerConnection): number {
    this.cut = true;
    let sockets = 0;
    for (const transport of pc.iceTransports) {
      const protocols = (transport.connection as unknown as { protocols?: IceProtocol[] }).protocols ?? [];
      for (const protocol of protocols) {
        this.gate(protocol);
        sockets += 1;
      }
    }
    return sockets;
  }

  /**
   * Loses `loss` (0–1) of the media sent to the client, evenly (one datagram in round(1/loss)),
   * STUN spared so ICE stays up: a bad network rather than a network change. 0 ends it.
   */
  applyLoss(pc: RTCPeerConnection, loss: number): number {
    this.dropEvery = loss > 0 ? Math.max(1, Math.round(1 / loss)) : 0;
    this.sentSinceDrop = 0;
    let sockets = 0;
    for (const transport of pc.iceTransports) {
      const protocols = (transport.connection as unknown as { protocols?: IceProtocol[] }).protocols ?? [];
      for (const protocol of protocols) {
        this.gate(protocol);
        sockets += 1;
      }
    }
    return sockets;
  }

  /** The client restarted ICE (a new offer with new credentials): the path may work again. */
  lift(): void {
    this.cut = false;
  }

  private lost(): boolean {
    if (this.dropEvery === 0) return false;
    this.sentSinceDrop += 1;
    if (this.sentSinceDrop < this.dropEvery) return false;
    this.sentSinceDrop = 0;
    return true;
  }

  private gate(protocol: IceProtocol): void {
    if (this.gated.has(protocol)) return;
    this.gated.add(protocol);
    const sendData = protocol.sendData.bind(protocol);
    const sendStun = protocol.sendStun.bind(protocol);
    const received = protocol.datagramReceived.bind(protocol);
    protocol.sendData = (data, addr) => (this.cut || this.lost() ? Promise.resolve() : sendData(data, addr));
    protocol.sendStun = (message, addr) => (this.cut ? Promise.resolve() : sendStun(message, addr));
    protocol.datagramReceived = (data, addr) => {
      if (!this.cut) received(data, addr);
    };
  }
}

/** The ICE username fragment of an SDP (session level or the first media section's). */
export function iceUfragOf(sdp: string): string | null {
  return /^a=ice-ufrag:(\S+)/m.exec(sdp)?.[1] ?? null;
}
