// Picks how one request is sent: the @pexip/infinity-api function for the main room or for a
// breakout room when the package has it, else the same path sent raw (the package lacks it).
import type { LibrarySend, OperationRequest, RawRequest } from './operationRequest';
import { roomPath, segment } from './operationRequest';

/** Which room a room-level request acts on: the main room, or (hosts) one breakout room. */
export interface RoomArg {
  breakoutUuid?: string;
}

/** A request on one participant, in the main room or a breakout room. */
export interface ParticipantArg extends RoomArg {
  participantUuid: string;
}

export interface LibraryChoice {
  main?: LibrarySend;
  breakout?: (breakoutUuid: string) => LibrarySend;
}

export function chooseRequest(room: RoomArg, raw: RawRequest, library: LibraryChoice = {}): OperationRequest {
  if (room.breakoutUuid === undefined) return library.main ? { library: library.main } : { raw };
  return library.breakout ? { library: library.breakout(room.breakoutUuid) } : { raw };
}

/** A raw POST on a room-level path (`lock`, `set_message_text`...), scoped to `room`. */
export function roomPost(room: RoomArg, path: string, body?: unknown): RawRequest {
  return body === undefined ? { method: 'POST', path: roomPath(room.breakoutUuid, path) } : { method: 'POST', path: roomPath(room.breakoutUuid, path), body };
}

export function roomGet(room: RoomArg, path: string, query?: Record<string, string>): RawRequest {
  return query === undefined ? { method: 'GET', path: roomPath(room.breakoutUuid, path) } : { method: 'GET', path: roomPath(room.breakoutUuid, path), query };
}

/** The path of a request on one participant: participants/<uuid>/<action>, scoped to its room. */
export function participantPath(arg: ParticipantArg, action: string): string {
  return roomPath(arg.breakoutUuid, `participants/${segment(arg.participantUuid)}/${action}`);
}
