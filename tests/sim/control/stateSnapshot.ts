// GET /_sim/state: what tests inspect to see who is where.
import type { ConferencingNode } from '../conferencingNode';

export function stateSnapshot(node: ConferencingNode) {
  return {
    maintenance: node.faults.maintenance,
    delayed_requests: node.faults.delayedRequests,
    rooms: node.allRooms().map((room) => ({
      alias: room.alias,
      name: room.config.name,
      service_type: room.config.serviceType,
      locked: room.locked,
      event_streams: room.streamsOf().length,
      participants: [...room.participants.values()].map((p) => ({
        uuid: p.uuid,
        display_name: p.displayName,
        role: p.role,
        service_type: p.serviceType,
        is_client_muted: p.isClientMuted,
        is_presenting: p.isPresenting,
        calls: p.calls.size,
        event_streams: room.streamsOf(p.uuid).length,
      })),
    })),
  };
}
