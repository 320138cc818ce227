// The simulated Conferencing Node's state: rooms (and their breakout rooms), token sessions,
// one-time refer tokens, SSO, attestation keys and faults, and the two things every route needs:
// joining a participant and ending one's session.
import { randomUUID } from 'node:crypto';
import type { CreateMediaRoom } from './media/types';
import { AttestationSigner } from './auth/attestation';
import { ReferTokens } from './auth/referTokens';
import { SsoBroker } from './auth/sso';
import { TokenStore, type TokenSession } from './auth/tokens';
import { FaultState } from './control/faultState';
import { BreakoutRooms } from './conference/breakouts';
import { DirectMediaCalls } from './conference/directMedia';
import type { JoinRole } from './conference/joinPolicy';
import { createParticipant, hasMedia, type Participant } from './conference/participant';
import { Room, type BreakoutInfo } from './conference/room';
import type { RoomConfig } from './conference/roomConfig';
import type { SimTimings } from './simTimings';
import type { LeaveOptions } from './conference/leaveOptions';

export interface NodeOptions {
  rooms: RoomConfig[];
  tokenExpirySeconds: number;
  loadMediaEngine: () => Promise<CreateMediaRoom>;
  timings: SimTimings;
  log: (line: string) => void;
}

export interface JoinRequest {
  displayName: string;
  role: JoinRole;
  callTag: string;
  vendor: string;
  joinedVia: string;
  /** Kept across a move between rooms (refer). */
  uuid?: string;
  directMedia?: boolean;
  idpAuthenticated?: boolean;
  previousRoom?: string;
}

export interface Authenticated {
  room: Room;
  participant: Participant;
  session: TokenSession;
}

export type { LeaveOptions };

export class ConferencingNode {
  readonly faults = new FaultState();
  readonly tokens: TokenStore;
  readonly referTokens: ReferTokens;
  readonly sso = new SsoBroker();
  readonly attestation = new AttestationSigner();
  readonly directMedia = new DirectMediaCalls(this);
  readonly log: (line: string) => void;
  readonly timings: SimTimings;
  private readonly rooms = new Map<string, Room>();
  private readonly loadMediaEngine: () => Promise<CreateMediaRoom>;
  readonly breakouts = new BreakoutRooms(this);
  private lastSpotlight = 0;

  constructor(options: NodeOptions) {
    this.log = options.log;
    this.timings = options.timings;
    this.loadMediaEngine = options.loadMediaEngine;
    for (const config of options.rooms) this.addRoom(config);
    this.referTokens = new ReferTokens(() => this.timings.referTokenMs);
    this.tokens = new TokenStore({
      lifetimeSeconds: options.tokenExpirySeconds,
      onLapse: (session) => {
        this.log(`token lapsed for participant ${session.participantUuid}`);
        void this.leave(session.participantUuid, { disconnectReason: 'Timer expired awaiting token refresh' });
      },
    });
  }

  addRoom(config: RoomConfig, breakout?: BreakoutInfo): Room {
    const room = new Room(config, { loadMediaEngine: this.loadMediaEngine, timings: this.timings }, breakout);
    this.rooms.set(config.alias.toLowerCase(), room);
    return room;
  }

  removeRoom(room: Room): void {
    this.rooms.delete(room.alias.toLowerCase());
  }

  allRooms(): Room[] {
    return [...this.rooms.values()];
  }

  findRoom(alias: string): Room | undefined {
    return this.rooms.get(alias.trim().toLowerCase());
  }

  /** A spotlight value later than any before it (Unix seconds with a fraction). */
  nextSpotlight(): number {
    this.lastSpotlight = Math.max(Date.now() / 1000, this.lastSpotlight + 0.001);
    return this.lastSpotlight;
  }

  join(room: Room, request: JoinRequest): { participant: Participant; token: string } {
    const isGuest = request.role === 'GUEST';
    const waiting = isGuest && room.guestMustWait();
    const participant = createParticipant({
      uuid: request.uuid ?? randomUUID(),
      displayName: request.displayName,
      role: request.role,
      callTag: request.callTag,
      vendor: request.vendor,
      serviceType: waiting ? 'waiting_room' : room.participantServiceType,
    });
    participant.directMedia = request.directMedia ?? false;
    participant.isIdpAuthenticated = request.idpAuthenticated ?? false;
    participant.previousRoom = request.previousRoom;
    if (isGuest && room.state.guestsMuted) {
      participant.isMuted = true;
      participant.mutedByHost = true;
    }
    room.participants.set(participant.uuid, participant);
    const token = this.tokens.issue({
      participantUuid: participant.uuid,
      roomAlias: room.alias,
      joinedVia: request.joinedVia,
      tokenAlphabet: room.tokenAlphabet,
    });
    room.broadcast('participant_create', room.wire(participant), participant.uuid);
    if (participant.role === 'HOST' && !room.breakout) this.breakouts.hostJoined(room, participant);
    this.log(`${room.alias}: ${participant.role} "${participant.displayName}" joined (${participant.uuid})`);
    return { participant, token };
  }

  /** The room and participant a token belongs to, if the token is valid for this URL alias. */
  authenticate(alias: string, token: string | undefined): Authenticated | undefined {
    const session = this.tokens.lookup(token);
    if (!session) return undefined;
    const urlAlias = alias.trim().toLowerCase();
    // A participant who came through a Virtual Reception (or was moved into a breakout room) keeps
    // using the alias they joined through.
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

    if (options.refer) room.sendTo(participantUuid, options.refer.event, options.refer.data);
    if (options.disconnectReason !== undefined) {
      room.sendTo(participantUuid, 'disconnect', { reason: options.disconnectReason });
    }
    for (const stream of room.streamsOf(participantUuid)) stream.end();

    if (participant.isPresenting) room.announcePresentationStop();
    room.broadcast('participant_delete', { uuid: participantUuid });
    this.log(`${room.alias}: "${participant.displayName}" left (${participantUuid})`);
    if (participant.role === 'HOST' && !room.breakout && !participant.isControl) this.breakouts.hostLeft(room, participant);
    room.refreshFeeds();
    if (hasMedia(participant) || participant.spotlight > 0) {
      room.publishStage();
      room.publishLayout();
    }
    this.directMedia.participantLeft(room, participant);

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
    this.directMedia.close();
    await Promise.all(this.allRooms().map((room) => room.close()));
  }
}
