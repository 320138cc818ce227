// The breakout rooms a host sees from the main room's event stream: breakout_begin opens one
// (with the host's control participant in it), breakout_event carries the room's own events
// (roster, conference status), breakout_end closes it.
import type { ConferenceStatus, Participant } from '../../shared/meeting';
import type { BreakoutEndAction, BreakoutRoomView } from '../../shared/breakouts';
import type { InfinityEvent } from '../events/eventTranslator';
import type { WireConferenceDetails } from '../events/serverEventSchemas';
import { toConferenceStatus } from '../events/conferenceMapping';

export interface BreakoutRoomSnapshot {
  breakoutUuid: string;
  /** The host's own API participant inside the room (breakout_begin). */
  controlParticipantUuid: string;
  name: string | null;
  participants: Participant[];
  conference: ConferenceStatus | null;
  conferenceDetails: WireConferenceDetails | null;
  /** Someone in the room asked for help (breakoutbuzz). */
  helpRequested: boolean;
}

interface BreakoutRoom {
  controlParticipantUuid: string;
  /** Known from before an event stream drop and not yet replayed by the node. */
  stale: boolean;
  roster: Map<string, Participant>;
  syncBuffer: Map<string, Participant> | null;
  conference: ConferenceStatus | null;
  conferenceDetails: WireConferenceDetails | null;
}

/** More rooms than Pexip offers (50) are a node misbehaving: further ones are ignored. */
export const maxBreakoutRooms = 100;

export class BreakoutRooms {
  private readonly rooms = new Map<string, BreakoutRoom>();

  begin(breakoutUuid: string, controlParticipantUuid: string): void {
    const existing = this.rooms.get(breakoutUuid);
    if (existing) {
      existing.controlParticipantUuid = controlParticipantUuid;
      existing.stale = false;
      return;
    }
    if (this.rooms.size >= maxBreakoutRooms) return;
    this.rooms.set(breakoutUuid, {
      controlParticipantUuid,
      stale: false,
      roster: new Map(),
      syncBuffer: null,
      conference: null,
      conferenceDetails: null,
    });
  }

  end(breakoutUuid: string): void {
    this.rooms.delete(breakoutUuid);
  }

  /**
   * After an event stream drop the node replays the rooms still open (breakout_begin and a sync
   * each): until then every known room is stale, shown as it was (no flicker, names kept).
   */
  markStale(): void {
    for (const room of this.rooms.values()) room.stale = true;
  }

  /** Drops the rooms the node did not replay (closed while the stream was down); true when any went. */
  pruneStale(): boolean {
    let pruned = false;
    for (const [uuid, room] of this.rooms) {
      if (!room.stale) continue;
      this.rooms.delete(uuid);
      pruned = true;
    }
    return pruned;
  }

  /** The host's own control participant in a room (where their media goes after breakout_refer). */
  controlParticipant(breakoutUuid: string): string | null {
    return this.rooms.get(breakoutUuid)?.controlParticipantUuid || null;
  }

  /** Applies one event of a breakout room (a room not yet begun is created on the fly). */
  apply(breakoutUuid: string, event: InfinityEvent): void {
    let room = this.rooms.get(breakoutUuid);
    if (!room) {
      this.begin(breakoutUuid, '');
      room = this.rooms.get(breakoutUuid);
      if (!room) return;
    }
    switch (event.kind) {
      case 'participant_sync_begin':
        room.syncBuffer = new Map();
        return;
      case 'participant_sync_end':
        if (room.syncBuffer) room.roster = room.syncBuffer;
        room.syncBuffer = null;
        return;
      case 'participant_create':
      case 'participant_update':
        (room.syncBuffer ?? room.roster).set(event.participant.uuid, event.participant);
        return;
      case 'participant_delete':
        (room.syncBuffer ?? room.roster).delete(event.uuid);
        return;
      case 'conference_update':
        room.conference = toConferenceStatus(event.conference, room.conference);
        room.conferenceDetails = { ...room.conferenceDetails, ...event.details };
        return;
      default:
        return;
    }
  }

  /** How many breakout rooms are open. */
  get count(): number {
    return this.rooms.size;
  }

  /**
   * The rooms as the renderer shows them. The host's own control participant is left out of a
   * room's roster unless their media is there (`mediaRoom`): otherwise every room would list them.
   */
  views(mediaRoom: string): BreakoutRoomView[] {
    return [...this.rooms].map(([breakoutUuid, room]) => {
      const details = room.conferenceDetails;
      const endTime = details?.end_time;
      return {
        breakoutUuid,
        // The node's name as it came; empty without one (the renderer says "Breakout room" in the person's language).
        name: details?.breakout_name ?? '',
        participants: [...room.roster.values()].filter(
          (participant) => participant.uuid !== room.controlParticipantUuid || mediaRoom === breakoutUuid,
        ),
        endsAt: typeof endTime === 'number' && Number.isFinite(endTime) && endTime > 0 ? endTime * 1000 : null,
        endAction: toEndAction(details?.end_action),
        guestsAllowedToLeave: details?.breakout_guests_allowed_to_leave ?? false,
        helpRequested: details?.breakoutbuzz?.value ?? false,
        locked: room.conference?.locked ?? false,
        guestsMuted: room.conference?.guestsMuted ?? false,
      };
    });
  }

  snapshot(): BreakoutRoomSnapshot[] {
    return [...this.rooms].map(([breakoutUuid, room]) => ({
      breakoutUuid,
      controlParticipantUuid: room.controlParticipantUuid,
      name: room.conferenceDetails?.breakout_name ?? null,
      participants: [...room.roster.values()],
      conference: room.conference,
      conferenceDetails: room.conferenceDetails,
      helpRequested: room.conferenceDetails?.breakoutbuzz?.value ?? false,
    }));
  }
}

/** The node's end_action: "disconnect" ends the meeting for the room's people; anything else sends them back. */
export function toEndAction(wire: string | undefined): BreakoutEndAction {
  return wire === 'disconnect' ? 'disconnect' : 'transfer';
}
