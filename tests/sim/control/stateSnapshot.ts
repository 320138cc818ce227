// GET /_sim/state: what tests inspect to see who is where.
import type { ConferencingNode } from '../conferencingNode';

export function stateSnapshot(node: ConferencingNode) {
  return {
    maintenance: node.faults.maintenance,
    delayed_requests: node.faults.delayedRequests,
    refresh_faults: node.faults.refreshFaultCounts,
    rooms: node.allRooms().map((room) => ({
      alias: room.alias,
      name: room.config.name,
      service_type: room.config.serviceType,
      breakout_uuid: room.breakout?.uuid ?? null,
      locked: room.locked,
      started: room.state.started,
      event_streams: room.streamsOf().length,
      participants: [...room.participants.values()].map((p) => ({
        uuid: p.uuid,
        display_name: p.displayName,
        role: p.role,
        service_type: p.serviceType,
        is_client_muted: p.isClientMuted,
        is_muted: p.isMuted,
        is_presenting: p.isPresenting,
        is_control: p.isControl,
        spotlight: p.spotlight,
        buzz_time: p.buzzTime,
        dtmf_received: p.dtmfReceived,
        fecc_received: p.feccReceived,
        statistics: p.statistics ?? null,
        preferred_aspect_ratio: p.preferredAspectRatio ?? null,
        send_to_audio_mixes: p.sendToAudioMixes,
        receive_from_audio_mix: p.receiveFromAudioMix,
        receive_from_video_mix: p.receiveFromVideoMix,
        calls: p.calls.size,
        direct_call: p.directCall ?? null,
        event_streams: room.streamsOf(p.uuid).length,
      })),
    })),
  };
}
