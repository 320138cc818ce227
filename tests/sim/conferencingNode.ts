// The simulated Conferencing Node's state: rooms, token sessions and faults, and the two things
// every route needs: joining a participant and ending one's session.
import { randomUUID } from 'node:crypto';
import type { CreateMediaRoom } from './media/types';
import { TokenStore, type TokenSession } from './auth/tokens';
import { FaultState } from './control/faultState';
import type { JoinRole } from './conference/joinPolicy';
import { createParticipant, type Participant } from './conference/participant';
import { Room } from './conference/room';
import type { RoomConfig } from './conference/roomConfig';

export interface NodeOptions {
  rooms: RoomConfig[];
  tokenExpirySeconds: number;
  loadMediaEngine: () => Promise<CreateMediaRoom>;
  log: (line: string) => void;
}

export interface JoinRequest {
  displayName: string;
  role: JoinRole;
  callTag: string;
  vendor: string;
  joinedVia: string;
}

export interface Authenticated {
  room: Room;
  participant: Participant;
  session: TokenSession;
}

export interface LeaveOptions {
  /** Sent to the participant as a `disconnect` event before their streams close; none on release. */
  disconnectReason?: string;
}

export class ConferencingNode {
  readonly faults = new FaultState();
  readonly tokens: TokenStore;
  readonly log: (line: string) => void;
  private readonly rooms = new Map<string, Room>();

  constructor(options: NodeOptions) {
    this.log = options.log;
    for (const config of options.rooms) {
      this.rooms.set(config.alias.toLowerCase(), new Room(config, options.loadMediaEngine));
    }
    this.tokens = new TokenStore({
      lifetimeSeconds: options.tokenExpirySeconds,
      onLapse: (session) => {
        this.log(`token lapsed for participant ${session.participantUuid}`);
        void this.leave(session.participantUuid, { disconnectReason: 'Timer expired awaiting token refresh' });
      },
    });
  }

  allRooms(): Room[] {
    return [...this.rooms.values()];
  }

  findRoom(alias: string): Room | undefined {
    return this.rooms.get(alias.trim().toLowerCase());
  }

  join(room: Room, request: JoinRequest): { participant: Participant; token: string } {
    const waiting = room.locked && request.role === 'GUEST';
    const serviceType = waiting ? 'waiting_room' : room.participantServiceType;
    const participant = createParticipant({
      uuid: randomUUID(),
      displayName: request.displayName,
      role: request.role,
      callTag: request.callTag,
      vendor: request.vendor,
      serviceType,
    });
    room.participants.set(participant.uuid, participant);
    const token = this.tokens.issue({
      participantUuid: participant.uuid,
      roomAlias: room.alias,
      joinedVia: request.joinedVia,
    });
    room.broadcast('participant_create', room.wire(participant), participant.uuid);
    this.log(`${room.alias}: ${participant.role} "${participant.displayName}" joined (${participant.uuid})`);
    return { participant, token };
  }

  /** The room and participant a token belongs to, if the token is valid for this URL alias. */
  authenticate(alias: string, token: string | undefined): Authenticated | undefined {
    const session = this.tokens.lookup(token);
    if (!session) return undefined;
    const urlAlias = alias.trim().toLowerCase();
    // A participant who came through a Virtual Reception may keep using the reception's alias.
    if (urlAlias !== session.roomAlias.toLowerCase() && urlAlias !== session.joinedVia.toLowerCase()) return undefined;
    const room = this.findRoom(session.roomAlias);
    const participant = room?.participants.get(session.participantUuid);
    if (!room || !participant) return undefined;
    return { room, participant, session };
  }

  findParticipant(participantUuid: string): { room: Room; participant: Participant } | undefined {
    for (const room of this.rooms.values()) {
      const participant = room.participants.get(participantUuid);
      if (participant) return { room, participant };
    }
    return undefined;
  }

  /** Ends a participant's session: token invalid, media closed, others told, streams closed. */
  async leave(participantUuid: string, options: LeaveOptions = {}): Promise<boolean> {
    const found = this.findParticipant(participantUuid);
    this.tokens.revoke(participantUuid);
    if (!found) return false;
    const { room, participant } = found;
    room.participants.delete(participantUuid);

    if (options.disconnectReason !== undefined) {
      room.sendTo(participantUuid, 'disconnect', { reason: options.disconnectReason });
    }
    for (const stream of room.streamsOf(participantUuid)) stream.end();

    if (participant.isPresenting) room.broadcast('presentation_stop', null);
    room.broadcast('participant_delete', { uuid: participantUuid });
    this.log(`${room.alias}: "${participant.displayName}" left (${participantUuid})`);

    if (participant.calls.size > 0) {
      participant.calls.clear();
      try {
        await (await room.mediaRoom()).removeParticipant(participantUuid);
      } catch (error) {
        this.log(`${room.alias}: media cleanup failed: ${String(error)}`);
      }
    }
    await room.releaseMediaIfIdle();
    return true;
  }

  async close(): Promise<void> {
    this.faults.releaseHeldRequests();
    this.tokens.clear();
    await Promise.all(this.allRooms().map((room) => room.close()));
  }
}
