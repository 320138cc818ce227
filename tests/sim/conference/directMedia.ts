// Direct media: two participants who asked for it in request_token exchange SDP and ICE through
// the node instead of sending media to it. The first caller gets an empty answer (the far end is
// not there yet); the second caller's offer goes to the first as `new_offer`, and the first's
// `ack {sdp}` is the second's answer. `update` goes to the peer as `update_sdp` the same way;
// candidates as `new_candidate`; a call ending tells the peer `peer_disconnect`.
import { randomUUID } from 'node:crypto';
import type { Participant } from './participant';
import type { Room } from './room';

interface DirectCall {
  callUuid: string;
  participant: Participant;
  room: Room;
  /** Set while the peer waits for this call's answer (delivered with ack). */
  awaitingAnswer?: { resolve: (sdp: string) => void; reject: (error: Error) => void; cancelTimer: () => void };
}

export class DirectMediaTimeout extends Error {
  constructor() {
    super('Timed out waiting for the far end');
    this.name = 'DirectMediaTimeout';
  }
}

interface NodeLike {
  readonly timings: { directMediaAnswerMs: number };
}

export class DirectMediaCalls {
  private readonly calls = new Map<string, DirectCall>();

  constructor(private readonly node: NodeLike) {}

  has(callUuid: string): boolean {
    return this.calls.has(callUuid);
  }

  /** Handles `calls` from a direct-media participant: resolves with the call uuid and answer. */
  async offer(room: Room, participant: Participant, sdp: string): Promise<{ call_uuid: string; sdp: string; offer_ignored?: boolean }> {
    const call: DirectCall = { callUuid: randomUUID(), participant, room };
    const peer = this.peerOf(call);
    this.calls.set(call.callUuid, call);
    participant.directCall = call.callUuid;
    room.announceUpdate(participant);
    if (!peer) {
      room.sendTo(participant.uuid, 'splash_screen', { screen_key: 'direct_media_welcome' });
      return { call_uuid: call.callUuid, sdp: '', offer_ignored: true };
    }
    const answer = await this.askForAnswer(peer, 'new_offer', sdp);
    room.sendTo(participant.uuid, 'splash_screen', null);
    room.sendTo(peer.participant.uuid, 'splash_screen', null);
    return { call_uuid: call.callUuid, sdp: answer };
  }

  /** `ack` on a direct-media call: the SDP, if any, answers what the peer is waiting for. */
  ack(callUuid: string, sdp: string | undefined): void {
    const call = this.calls.get(callUuid);
    if (!call?.awaitingAnswer || sdp === undefined) return;
    const pending = call.awaitingAnswer;
    call.awaitingAnswer = undefined;
    pending.cancelTimer();
    pending.resolve(sdp);
  }

  /** `update` on a direct-media call: the peer gets `update_sdp`, its ack is the answer. */
  async update(callUuid: string, sdp: string): Promise<string> {
    const call = this.calls.get(callUuid);
    const peer = call ? this.peerOf(call) : undefined;
    if (!peer) throw new DirectMediaTimeout();
    return this.askForAnswer(peer, 'update_sdp', sdp);
  }

  candidate(callUuid: string, candidate: Record<string, unknown>): void {
    const call = this.calls.get(callUuid);
    const peer = call ? this.peerOf(call) : undefined;
    if (peer) peer.room.sendTo(peer.participant.uuid, 'new_candidate', candidate);
  }

  disconnect(callUuid: string): void {
    const call = this.calls.get(callUuid);
    if (!call) return;
    const peer = this.peerOf(call);
    this.calls.delete(callUuid);
    call.participant.directCall = undefined;
    call.awaitingAnswer?.cancelTimer();
    call.awaitingAnswer?.reject(new DirectMediaTimeout());
    if (peer) {
      peer.room.sendTo(peer.participant.uuid, 'peer_disconnect', null);
      peer.room.sendTo(peer.participant.uuid, 'splash_screen', { screen_key: 'direct_media_welcome' });
    }
  }

  participantLeft(_room: Room, participant: Participant): void {
    if (participant.directCall !== undefined) this.disconnect(participant.directCall);
  }

  close(): void {
    for (const call of [...this.calls.values()]) this.disconnect(call.callUuid);
  }

  private peerOf(call: DirectCall): DirectCall | undefined {
    return [...this.calls.values()].find((other) => other.room === call.room && other.callUuid !== call.callUuid);
  }

  private askForAnswer(peer: DirectCall, event: 'new_offer' | 'update_sdp', sdp: string): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const cancelTimer = peer.room.schedule(this.node.timings.directMediaAnswerMs, () => {
        peer.awaitingAnswer = undefined;
        reject(new DirectMediaTimeout());
      });
      peer.awaitingAnswer = { resolve, reject, cancelTimer };
      peer.room.sendTo(peer.participant.uuid, event, { sdp });
    });
  }
}
