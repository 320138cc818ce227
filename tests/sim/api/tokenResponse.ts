// The request_token success result, with every field @pexip/infinity-api's validator knows.
import type { Participant } from '../conference/participant';
import type { Room } from '../conference/room';

export const NODE_VERSION = { version_id: '38', pseudo_version: '80000.0.0' };

/** Direct media clients report statistics this often (seconds). */
const STATS_INTERVAL_S = 15;

/** An older node's flag: "True"/"False" (the 002 example), else a JSON boolean. */
function flag(room: Room, value: boolean): boolean | 'True' | 'False' {
  if (!room.quirks) return value;
  return value ? 'True' : 'False';
}

/**
 * Infinity leaves `stun` out when no STUN server is configured (clients such as Pexip's SDK turn
 * an empty list into an ICE server without URLs, which Chromium refuses). An older node sent
 * `[{"url": ""}]` (the 001 example), which a quirks room repeats.
 */
function stunField(room: Room): { stun?: { url: string }[] } {
  const servers = (room.breakout?.parent ?? room).config.stunServers ?? [];
  if (servers.length > 0) return { stun: servers.map((url) => ({ url })) };
  return room.quirks ? { stun: [{ url: '' }] } : {};
}

export function tokenResult(room: Room, participant: Participant, token: string, expiresSeconds: number) {
  const direct = participant.directMedia && (room.config.directMedia ?? false);
  const flags = {
    chat_enabled: flag(room, room.chatEnabled),
    guests_can_present: flag(room, room.state.guestsCanPresent),
    allow_1080p: flag(room, true),
    analytics_enabled: flag(room, false),
    fecc_enabled: flag(room, true),
    rtmp_enabled: flag(room, false),
    vp9_enabled: flag(room, false),
    direct_media: flag(room, direct),
    use_relay_candidates_only: flag(room, false),
    breakout_rooms: flag(room, (room.breakout?.parent ?? room).config.breakoutsEnabled ?? true),
  };
  return {
    token,
    expires: String(expiresSeconds),
    participant_uuid: participant.uuid,
    display_name: participant.displayName,
    role: participant.role,
    call_tag: participant.callTag,
    conference_name: room.breakout ? room.breakout.name : room.config.name,
    service_type: room.participantServiceType,
    current_service_type: participant.serviceType,
    call_type: 'video',
    version: NODE_VERSION,
    // No TURN by default: everything is on loopback, and an unreachable server would only slow ICE down.
    ...stunField(room),
    turn: [],
    trickle_ice_enabled: flag(room, true),
    ...flags,
    ...(direct ? { pex_datachannel_id: 1, client_stats_update_interval: STATS_INTERVAL_S } : {}),
    ...(participant.isIdpAuthenticated ? { idp_uuid: room.config.ssoIdentityProviders?.[0]?.uuid ?? '' } : {}),
  };
}
