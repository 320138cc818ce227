// Fills a room with API-only participants (no token, no media) so tests and the benchmark can see
// a conference-scale roster. Each is announced with participant_create, as a join would be.
import { randomUUID } from 'node:crypto';
import { createParticipant } from '../conference/participant';
import type { Room } from '../conference/room';

export interface AddParticipantsRequest {
  count: number;
  namePrefix: string;
  role: 'HOST' | 'GUEST';
}

/** Adds `count` participants named "<prefix> <n>" (n from 1); returns their uuids. */
export function addApiParticipants(room: Room, request: AddParticipantsRequest): string[] {
  const width = String(request.count).length;
  const uuids: string[] = [];
  for (let n = 1; n <= request.count; n += 1) {
    const participant = createParticipant({
      uuid: randomUUID(),
      displayName: `${request.namePrefix} ${String(n).padStart(width, '0')}`,
      role: request.role,
      callTag: '',
      vendor: 'Parley simulator',
      serviceType: room.participantServiceType,
    });
    if (request.role === 'GUEST' && room.state.guestsMuted) {
      participant.isMuted = true;
      participant.mutedByHost = true;
    }
    room.participants.set(participant.uuid, participant);
    room.broadcast('participant_create', room.wire(participant), participant.uuid);
    uuids.push(participant.uuid);
  }
  return uuids;
}
