// Public API of the Infinity core (plain Node; never imports electron).
export { consoleLogger, silentLogger, redactFields, type Logger } from './logger';
export { normalizeNodeAddress, type NodeAddress } from './http/nodeAddress';
export { wireFlagIn } from './wire/wireValues';
export { preciseNow } from './events/eventStream';
export type { JoinOptions } from './session/joinOptions';
export type { JoinFailure, SsoRedirect } from './session/joinOutcome';
export type { SessionDetails } from './session/sessionDetails';
export type { CoreMeetingSnapshot, LayoutDetails } from './state/meetingState';
export type { BreakoutRoomSnapshot } from './state/breakoutRooms';
export type { MeetingOperations } from './requests/meetingOperations';
export type { OperationError, OperationResult, ImageBytes } from './requests/operationRequest';
export { discoverNode, nodeCandidates, type DiscoveryResult, type NodeCandidate, type NodeDiscoveryOptions, type SrvResolver } from './discovery/nodeDiscovery';
export { checkNodeStatus, type NodeStatus } from './discovery/nodeStatus';
export { orderSrvRecords, type SrvRecord } from './discovery/srvSelection';
export type { RelayedEvent, RelayedEventName, RelayedEventPayloads, ServerEventName, ServerEventPayload } from './events/serverEventSchemas';
