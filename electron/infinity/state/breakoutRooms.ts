// The breakout rooms a host sees from the main room's event stream: breakout_begin opens one
// (with the host's control participant in it), breakout_event carries the room's own events
// (roster, conference status), breakout_end closes it.
import type { ConferenceStatus, Participant } from '../../shared/meeting';
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
  roster: Map<string, Participant>;
  syncBuffer: Map<string, Participant> | null;
  conference: ConferenceStatus | null;
  conferenceDetails: WireConferenceDetails | null;
}

export class BreakoutRooms {
  private readonly rooms = new Map<string, BreakoutRoom>();

  begin(breakoutUuid: string, controlParticipantUuid: string): void {
    const existing = this.rooms.get(breakoutUuid);
    if (existing) {
      existing.controlParticipantUuid = controlParticipantUuid;
      return;
    }
    this.rooms.set(breakoutUuid, {
      controlParticipantUuid,
      roster: new Map(),
      syncBuffer: null,
      conference: null,
      conferenceDetails: null,
    });
  }

  end(breakoutUuid: string): void {
    this.rooms.delete(breakoutUuid);
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
