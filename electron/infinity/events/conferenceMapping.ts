// Normalizes conference-level event payloads (conference status, layout, stage, presentation,
// chat) into the renderer's meeting types.
import type { z } from 'zod';
import type {
  ChatMessage,
  ConferenceStatus,
  LayoutInfo,
  PresentationInfo,
  Role,
  StageEntry,
} from '../../shared/meeting';
import type {
  WireConference,
  layoutSchema,
  messageReceivedSchema,
  presentationStartSchema,
  stageSchema,
} from './eventSchemas';

export const defaultConferenceStatus: ConferenceStatus = {
  locked: false,
  guestsMuted: false,
  allMuted: false,
  started: true,
  presentationAllowed: true,
  guestsCanPresent: true,
  guestsCanUnmute: true,
  liveCaptionsAvailable: false,
  directMedia: false,
  messageText: null,
  classification: null,
  breakoutRooms: false,
};

function classificationOf(wire: WireConference['classification'], previous: string | null): string | null {
  if (wire === undefined) return previous;
  if (wire === null || wire.current === null || wire.current === undefined) return null;
  const level = String(wire.current);
  // The node chooses the key: only the levels' own entries count ("constructor" is not a level).
  const levels = wire.levels;
  return levels !== undefined && Object.hasOwn(levels, level) ? (levels[level] ?? level) : level;
}

/** Applies a (possibly partial) conference payload on top of the previous status. */
export function toConferenceStatus(wire: WireConference, previous: ConferenceStatus | null): ConferenceStatus {
  const base = previous ?? defaultConferenceStatus;
  return {
    locked: wire.locked ?? base.locked,
    guestsMuted: wire.guests_muted ?? base.guestsMuted,
    allMuted: wire.all_muted ?? base.allMuted,
    started: wire.started ?? base.started,
    presentationAllowed: wire.presentation_allowed ?? base.presentationAllowed,
    guestsCanPresent: wire.guests_can_present ?? base.guestsCanPresent,
    guestsCanUnmute: wire.guests_can_unmute ?? base.guestsCanUnmute,
    liveCaptionsAvailable: wire.live_captions_available ?? base.liveCaptionsAvailable,
    directMedia: wire.direct_media ?? base.directMedia,
    messageText: wire.message_text === undefined ? base.messageText : wire.message_text,
    classification: classificationOf(wire.classification, base.classification),
    breakoutRooms: wire.breakout_rooms ?? base.breakoutRooms,
  };
}

export function toStage(wire: z.infer<typeof stageSchema>): StageEntry[] {
  return wire.map((entry) => ({ participantUuid: entry.participant_uuid, stageIndex: entry.stage_index, vad: entry.vad }));
}

export function toLayout(wire: z.infer<typeof layoutSchema>, role: Role): LayoutInfo {
  const requested = wire.requested_layout;
  let requestedLayout: string | null = null;
  if (typeof requested === 'string') requestedLayout = requested;
  else if (requested) {
    const screen = requested.primary_screen;
    requestedLayout = (role === 'host' ? screen?.chair_layout : screen?.guest_layout) ?? null;
  }
  return {
    view: wire.view,
    participants: wire.participants ?? [],
    requestedLayout,
    overlayTextEnabled: wire.overlay_text_enabled ?? false,
  };
}

export function toPresentation(wire: z.infer<typeof presentationStartSchema>): PresentationInfo {
  return { presenterName: wire.presenter_name ?? '', presenterUri: wire.presenter_uri ?? '', source: wire.source ?? 'video' };
}

export function toChatMessage(wire: z.infer<typeof messageReceivedSchema>, receivedAt: number): ChatMessage {
  return {
    origin: wire.origin,
    senderUuid: wire.uuid,
    type: wire.type,
    payload: wire.payload,
    direct: wire.direct ?? false,
    receivedAt,
  };
}
