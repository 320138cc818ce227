// Fault injection, in process. The /_sim/ HTTP routes call the same operations.
import type { ConferencingNode } from '../conferencingNode';
import type { Room } from '../conference/room';
import { emitAtRate } from './eventBurst';
import { addApiParticipants, type AddParticipantsRequest } from './addParticipants';
import type { RefreshFaultRate } from './refreshFaultPlan';

export interface SimulatorFaults {
  /** Cuts matching event streams as a network failure would; returns how many were dropped. */
  dropEventStreams(filter?: { alias?: string; participantUuid?: string }): number;
  /** The next `count` refresh_token requests answer with `status`. */
  failNextRefreshes(count: number, status: number): void;
  /** From now on a seeded random share of refreshes fails in one of `kinds` (rate 0: off). */
  failRefreshesAtRate(settings: RefreshFaultRate): void;
  setMaintenance(enabled: boolean): void;
  /** Sends `disconnect` {reason} to the participant and ends their session; false if nobody matched. */
  disconnectParticipant(
    alias: string,
    match: { participantUuid?: string; displayName?: string },
    reason: string,
  ): boolean;
  /**
   * Cuts the matching participant's media path (a network change) until their client restarts ICE;
   * resolves with how many calls were cut, or null if nobody matched.
   */
  dropMediaPath(alias: string, match: { participantUuid?: string; displayName?: string }): Promise<number | null>;
  /** Loses `loss` (0–1) of the media sent to the matching participant, ICE untouched; null if nobody matched. */
  loseMedia(alias: string, match: { participantUuid?: string; displayName?: string }, loss: number): Promise<number | null>;
  /** Sends an event to every stream of the room; `data` is the raw data text (may be malformed JSON). */
  emitEvent(alias: string, event: string, data: string): void;
  /** Delays every client API request by `ms`; 0 switches it off and lets held requests through. */
  delayRequests(ms: number): void;
  /** Emits `count` copies of an event at `ratePerSecond`; resolves with how many were sent. */
  emitBurst(alias: string, event: string, data: string, count: number, ratePerSecond: number): Promise<number>;
  /** Adds API-only participants (a conference-scale roster); returns their uuids. */
  addParticipants(alias: string, request: AddParticipantsRequest): string[];
  /** How long sso_tokens issued from now on stay usable (0: expired at once); null restores the default. */
  setSsoTokenLifetime(ms: number | null): void;
}

export class UnknownRoomError extends Error {
  constructor(alias: string) {
    super(`No room with alias "${alias}"`);
    this.name = 'UnknownRoomError';
  }
}

export function createSimulatorFaults(node: ConferencingNode): SimulatorFaults {
  const roomOrThrow = (alias: string): Room => {
    const room = node.findRoom(alias);
    if (!room) throw new UnknownRoomError(alias);
    return room;
  };

  return {
    dropEventStreams(filter = {}) {
      const rooms = filter.alias === undefined ? node.allRooms() : [node.findRoom(filter.alias)];
      let dropped = 0;
      for (const room of rooms) {
        for (const stream of room?.streamsOf(filter.participantUuid) ?? []) {
          stream.drop();
          dropped += 1;
        }
      }
      node.log(`fault: dropped ${dropped} event stream(s)`);
      return dropped;
    },
    failNextRefreshes(count, status) {
      node.faults.failNextRefreshes(count, status);
      node.log(`fault: next ${count} refresh(es) fail with ${status}`);
    },
    failRefreshesAtRate(settings) {
      node.faults.setRefreshFaultRate(settings);
      node.log(`fault: ${Math.round(settings.rate * 100)}% of refreshes fail (${settings.kinds.join(', ')})`);
    },
    setMaintenance(enabled) {
      node.faults.maintenance = enabled;
      node.log(`fault: maintenance ${enabled ? 'on' : 'off'}`);
    },
    disconnectParticipant(alias, match, reason) {
      const room = roomOrThrow(alias);
      const target = [...room.participants.values()].find(
        (p) =>
          (match.participantUuid !== undefined && p.uuid === match.participantUuid) ||
          (match.participantUuid === undefined && match.displayName !== undefined && p.displayName === match.displayName),
      );
      if (!target) return false;
      // leave() does everything observable synchronously; only media cleanup continues afterwards.
      void node.leave(target.uuid, { disconnectReason: reason });
      return true;
    },
    async dropMediaPath(alias, match) {
      const room = roomOrThrow(alias);
      const target = [...room.participants.values()].find(
        (p) =>
          (match.participantUuid !== undefined && p.uuid === match.participantUuid) ||
          (match.participantUuid === undefined && match.displayName !== undefined && p.displayName === match.displayName),
      );
      if (!target) return null;
      const cut = (await room.mediaRoom()).cutMediaPath(target.uuid);
      node.log(`fault: cut the media path of ${cut} call(s)`);
      return cut;
    },
    async loseMedia(alias, match, loss) {
      const room = roomOrThrow(alias);
      const target = [...room.participants.values()].find(
        (p) =>
          (match.participantUuid !== undefined && p.uuid === match.participantUuid) ||
          (match.participantUuid === undefined && match.displayName !== undefined && p.displayName === match.displayName),
      );
      if (!target) return null;
      const lossy = (await room.mediaRoom()).loseMedia(target.uuid, loss);
      node.log(`fault: ${Math.round(loss * 100)} % media loss on ${lossy} call(s)`);
      return lossy;
    },
    emitEvent(alias, event, data) {
      roomOrThrow(alias).broadcastRaw(event, data);
    },
    delayRequests(ms) {
      node.faults.setDelay(ms);
    },
    emitBurst(alias, event, data, count, ratePerSecond) {
      const room = roomOrThrow(alias);
      return emitAtRate(() => room.broadcastRaw(event, data), count, ratePerSecond);
    },
    addParticipants(alias, request) {
      const uuids = addApiParticipants(roomOrThrow(alias), request);
      node.log(`fault: added ${uuids.length} participant(s) to ${alias}`);
      return uuids;
    },
    setSsoTokenLifetime(ms) {
      node.sso.setTokenLifetime(ms);
      node.log(`fault: sso tokens live ${ms === null ? 'the default time' : `${ms} ms`}`);
    },
  };
}
