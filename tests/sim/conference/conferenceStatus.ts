// The conference properties of GET conference_status and the conference_update event.
import type { Room } from './room';

export function conferenceStatusOf(room: Room): Record<string, unknown> {
  return {
    locked: room.locked,
    guests_muted: false,
    all_muted: false,
    started: true,
    presentation_allowed: true,
    guests_can_present: true,
    guests_can_unmute: true,
    live_captions_available: false,
    direct_media: false,
    classification: { levels: {}, current: null },
    message_text: null,
    breakout_rooms: false,
  };
}
