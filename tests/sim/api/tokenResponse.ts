// The request_token success result, with every field @pexip/infinity-api's validator knows.
import type { Participant } from '../conference/participant';
import type { Room } from '../conference/room';

export const NODE_VERSION = { version_id: '38', pseudo_version: '80000.0.0' };

/** Direct media clients report statistics this often (seconds). */
const STATS_INTERVAL_S = 15;

export function tokenResult(room: Room, participant: Participant, token: string, expiresSeconds: number) {
  const direct = participant.directMedia && (room.config.directMedia ?? false);
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
    chat_enabled: room.chatEnabled,
    guests_can_present: room.state.guestsCanPresent,
    call_type: 'video',
    version: NODE_VERSION,
    // No STUN/TURN: everything is on loopback, and an unreachable server would only slow ICE down.
    stun: [],
    turn: [],
    trickle_ice_enabled: true,
    allow_1080p: true,
    analytics_enabled: false,
    fecc_enabled: true,
    rtmp_enabled: false,
    vp9_enabled: false,
    direct_media: direct,
    ...(direct ? { pex_datachannel_id: 1, client_stats_update_interval: STATS_INTERVAL_S } : {}),
    use_relay_candidates_only: false,
    breakout_rooms: (room.breakout?.parent ?? room).config.breakoutsEnabled ?? true,
    ...(participant.isIdpAuthenticated ? { idp_uuid: room.config.ssoIdentityProviders?.[0]?.uuid ?? '' } : {}),
  };
}
