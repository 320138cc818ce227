// Breakout rooms of a main room. Each is a Room of its own, filed under "<main alias>#<uuid>".
// - Every host of the main room gets a control participant in it (breakout_begin names it), sees its
//   events as breakout_event on the main room's stream, and breakout_end when it closes.
// - Moving a guest: `refer` {alias, breakout_uuid, breakout_name, token}; the guest leaves and
//   request_token with that token (at the same alias) brings them into the destination, same uuid.
// - Moving a host of the main room: `breakout_refer` {breakout_uuid, breakout_name, requester_uuid}
//   (the host who asked; Pexip's SDK requires it, and it is the host itself when a room closes); their media
//   moves to their control participant there (/breakouts/<uuid>/participants/<control>/calls).
import { randomUUID } from 'node:crypto';
import type { ReferTokens } from '../auth/referTokens';
import type { BreakoutInfo } from './room';
import type { RoomConfig } from './roomConfig';
import type { LeaveOptions } from './leaveOptions';
import { presentationStartData } from './eventShapes';
import { createParticipant, type Participant } from './participant';
import type { Room } from './room';

export interface CreateBreakoutRequest {
  name: string;
  description?: string;
  duration?: number;
  end_action?: 'disconnect' | 'transfer';
  participants?: Record<string, string[]>;
  guests_allowed_to_leave?: boolean;
}

/** 'main', 'previous' or a breakout uuid, as move requests name rooms. */
export type RoomRef = string;

export const BREAKOUT_CLOSED_REASON = 'Breakout room closed';

/** What breakout rooms need of the node that holds them (the node passes itself; no import cycle). */
export interface BreakoutNode {
  addRoom(config: RoomConfig, breakout?: BreakoutInfo): Room;
  removeRoom(room: Room): void;
  leave(participantUuid: string, options: LeaveOptions): Promise<unknown>;
  readonly referTokens: ReferTokens;
  readonly log: (line: string) => void;
}

export class BreakoutRooms {
  /** Per main room: which breakout each host's media was referred into. */
  private readonly hostMedia = new WeakMap<Room, Map<string, string>>();
  private readonly closeTimers = new WeakMap<Room, () => void>();

  constructor(private readonly node: BreakoutNode) {}

  /** A new host of the main room gets a control participant in every open breakout room. */
  hostJoined(main: Room, host: Participant): void {
    for (const breakout of main.breakouts.values()) this.addControl(main, breakout, host);
  }

  hostLeft(main: Room, host: Participant): void {
    for (const breakout of main.breakouts.values()) this.removeControl(breakout, host.uuid);
    this.hostMedia.get(main)?.delete(host.uuid);
  }

  create(main: Room, request: CreateBreakoutRequest, requesterUuid?: string): { room: Room; moved: boolean } {
    const uuid = randomUUID();
    const duration = request.duration ?? 0;
    const room = this.node.addRoom(
      {
        alias: `${main.alias}#${uuid}`,
        name: request.name,
        serviceType: main.participantServiceType === 'lecture' ? 'lecture' : 'conference',
        chatEnabled: main.chatEnabled,
        ...(main.config.liveCaptions ? { liveCaptions: main.config.liveCaptions } : {}),
        ...(main.config.classificationLevels ? { classificationLevels: main.config.classificationLevels } : {}),
      },
      {
        uuid,
        parent: main,
        name: request.name,
        description: request.description ?? '',
        endAction: request.end_action ?? 'transfer',
        endTime: duration > 0 ? Date.now() / 1000 + duration : undefined,
        guestsAllowedToLeave: request.guests_allowed_to_leave ?? false,
      },
    );
    main.breakouts.set(uuid, room);
    room.onBroadcast((event, data) => {
      for (const host of main.hosts) main.sendTo(host.uuid, 'breakout_event', { breakout_uuid: uuid, event, data });
    });
    // Every host hears breakout_begin before any event of the new room.
    const hosts = main.hosts;
    const controls = hosts.map((host) => this.controlFor(room, host));
    hosts.forEach((host, i) => main.sendTo(host.uuid, 'breakout_begin', { breakout_uuid: uuid, participant_uuid: controls[i]?.uuid }));
    hosts.forEach((host, i) => this.placeControl(room, host, controls[i]));
    // Like any participant joining a conference, the control participants hear the room's state
    // (its name, timer, end action) at once: hosts see it as a breakout_event.
    room.publishConferenceUpdate();
    if (duration > 0) this.closeTimers.set(room, main.schedule(duration * 1000, () => void this.close(main, room)));

    let moved = true;
    for (const [from, uuids] of Object.entries(request.participants ?? {})) {
      const source = this.resolve(main, from);
      moved = (source !== undefined && this.move(main, source, uuid, uuids, requesterUuid)) && moved;
    }
    this.node.log(`${main.alias}: breakout "${request.name}" opened (${uuid})`);
    return { room, moved };
  }

  /** The room a reference names ('main' or a breakout uuid). */
  resolve(main: Room, ref: RoomRef): Room | undefined {
    return ref === 'main' ? main : main.breakouts.get(ref);
  }

  /** Moves participants (all when the list is empty) from `from` to the room `to` names. */
  move(main: Room, from: Room, to: RoomRef, uuids: string[], requesterUuid?: string): boolean {
    const chosen = uuids.length > 0 ? uuids : [...from.participants.values()].filter((p) => !p.isControl).map((p) => p.uuid);
    let ok = true;
    for (const uuid of chosen) {
      const participant = from.participants.get(uuid);
      if (!participant || participant.isControl) {
        ok = false;
        continue;
      }
      const destinationRef = to === 'previous' ? participant.previousRoom : to;
      const destination = destinationRef === undefined ? undefined : this.resolve(main, destinationRef);
      // A main-room host whose media is in a breakout room comes back by moving to "main" from "main".
      const hostReturning = from === main && destination === main && this.hostMedia.get(main)?.has(participant.uuid) === true;
      if (!destination || (destination === from && !hostReturning)) {
        ok = false;
        continue;
      }
      this.moveOne(main, from, participant, destination, requesterUuid);
    }
    return ok;
  }

  /** Moves everyone in every breakout room back to the main room; the rooms stay open. */
  empty(main: Room): void {
    for (const breakout of main.breakouts.values()) this.move(main, breakout, 'main', []);
  }

  async close(main: Room, room: Room): Promise<void> {
    const info = room.breakout;
    if (!info || !main.breakouts.has(info.uuid)) return;
    this.closeTimers.get(room)?.();
    for (const participant of [...room.participants.values()]) {
      if (participant.isControl) continue;
      if (info.endAction === 'transfer') this.moveOne(main, room, participant, main);
      else await this.node.leave(participant.uuid, { disconnectReason: BREAKOUT_CLOSED_REASON });
    }
    const media = this.hostMedia.get(main);
    for (const [hostUuid, breakoutUuid] of media ?? []) {
      if (breakoutUuid !== info.uuid) continue;
      media?.delete(hostUuid);
      main.sendTo(hostUuid, 'breakout_refer', { breakout_uuid: 'main', breakout_name: main.config.name, requester_uuid: hostUuid });
    }
    for (const [hostUuid, control] of room.controls) {
      main.sendTo(hostUuid, 'breakout_end', { breakout_uuid: info.uuid, participant_uuid: control.uuid });
    }
    room.controls.clear();
    main.breakouts.delete(info.uuid);
    this.node.removeRoom(room);
    await room.close();
    this.node.log(`${main.alias}: breakout "${info.name}" closed`);
  }

  async closeAll(main: Room): Promise<void> {
    for (const room of [...main.breakouts.values()]) await this.close(main, room);
  }

  /** The events a host's newly opened main-room stream needs to know the open breakout rooms. */
  replayFor(main: Room, host: Participant): { event: string; data: unknown }[] {
    const events: { event: string; data: unknown }[] = [];
    for (const [uuid, room] of main.breakouts) {
      const control = room.controls.get(host.uuid);
      if (!control) continue;
      const wrap = (event: string, data: unknown) => events.push({ event: 'breakout_event', data: { breakout_uuid: uuid, event, data } });
      events.push({ event: 'breakout_begin', data: { breakout_uuid: uuid, participant_uuid: control.uuid } });
      wrap('participant_sync_begin', null);
      for (const participant of room.participants.values()) wrap('participant_create', room.wire(participant));
      wrap('participant_sync_end', null);
      wrap('conference_update', room.conferenceStatus());
      const presenter = room.presenter;
      if (presenter) wrap('presentation_start', presentationStartData(presenter));
    }
    return events;
  }

  private moveOne(main: Room, from: Room, participant: Participant, destination: Room, requesterUuid?: string): void {
    const destinationRef = destination.breakout?.uuid ?? 'main';
    const destinationName = destination.breakout?.name ?? main.config.name;
    if (from === main && participant.role === 'HOST') {
      // A host keeps their place in the main room and moves media to their control participant.
      const media = this.hostMedia.get(main) ?? new Map<string, string>();
      this.hostMedia.set(main, media);
      if (destinationRef === 'main') media.delete(participant.uuid);
      else media.set(participant.uuid, destinationRef);
      main.sendTo(participant.uuid, 'breakout_refer', {
        breakout_uuid: destinationRef,
        ...(destination.breakout ? { breakout_name: destinationName } : {}),
        requester_uuid: requesterUuid ?? participant.uuid,
      });
      return;
    }
    const token = this.node.referTokens.issue({
      roomKey: destination.alias,
      role: participant.role,
      participantUuid: participant.uuid,
      displayName: participant.displayName,
      previousRoom: from.breakout?.uuid ?? 'main',
    });
    void this.node.leave(participant.uuid, {
      refer: {
        event: 'refer',
        data: { alias: main.publicAlias, breakout_uuid: destinationRef, breakout_name: destinationName, token },
      },
    });
  }

  private controlFor(room: Room, host: Participant): Participant {
    const control = createParticipant({
      uuid: randomUUID(),
      displayName: host.displayName,
      role: 'HOST',
      callTag: host.callTag,
      vendor: host.vendor,
      serviceType: room.participantServiceType,
    });
    control.isControl = true;
    return control;
  }

  private placeControl(room: Room, host: Participant, control: Participant | undefined): void {
    if (!control) return;
    room.participants.set(control.uuid, control);
    room.controls.set(host.uuid, control);
    room.broadcast('participant_create', room.wire(control));
  }

  private addControl(main: Room, room: Room, host: Participant): void {
    const control = this.controlFor(room, host);
    main.sendTo(host.uuid, 'breakout_begin', { breakout_uuid: room.breakout?.uuid, participant_uuid: control.uuid });
    this.placeControl(room, host, control);
  }

  private removeControl(room: Room, hostUuid: string): void {
    const control = room.controls.get(hostUuid);
    if (!control) return;
    room.controls.delete(hostUuid);
    room.participants.delete(control.uuid);
    room.broadcast('participant_delete', { uuid: control.uuid });
  }
}
