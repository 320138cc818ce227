// The conference properties of GET conference_status and the conference_update event.
import type { Room } from './room';

export function conferenceStatusOf(room: Room): Record<string, unknown> {
  return room.conferenceStatus();
}
