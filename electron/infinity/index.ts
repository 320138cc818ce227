// Public API of the Infinity core (plain Node; never imports electron). Everything outside
// electron/infinity/ (the service first of all) imports the core through this file only, so the
// list below is what the core offers: grouped by area, each export used by the service or a host.

// Logging (every layer logs through one Logger; the service and kiosk are handed it).
export { consoleLogger, silentLogger, redactFields, redactText, type Logger } from './logger';
export { summarizeIssues } from './validation/issueSummary';

// Infinity's wire values (YES/NO, True/False, numbers as strings), read one way everywhere.
export { wireFlagIn } from './wire/wireValues';

// Node addresses and discovery (joining, the kiosk's and hosts' node checks).
export { normalizeNodeAddress, type NodeAddress } from './http/nodeAddress';
export { defaultFetch } from './http/infinityFetch';
export { refuseRedirects } from './http/boundedResponses';
export { directRoute, type ProxyRoute, type ProxyRouter } from './http/proxyRoute';
export { discoverNode, nodeCandidates, type DiscoveryResult, type NodeCandidate, type NodeDiscoveryOptions, type SrvResolver } from './discovery/nodeDiscovery';
export { checkNodeStatus, type NodeStatus } from './discovery/nodeStatus';
export { domainOfMeetingUri, findJoinNode, joinNodeInput, type JoinNode } from './discovery/joinNode';
export { orderSrvRecords, type SrvRecord } from './discovery/srvSelection';

// Certificates: the trust store a host provides, and the probe behind "trust this certificate?".
export { createMemoryTrustStore, createTrustAwareFetch, type CertificateTrustStore } from './security/certificateTrust';
export {
  createMemoryUnencryptedNodeStore,
  isLoopbackHostname,
  unencryptedDecision,
  type UnencryptedNodeStore,
} from './security/unencryptedNodes';
export { normalizeFingerprint, probeNodeCertificate } from './security/nodeCertificate';

// Sessions: the join flow, the one meeting a service may be in, and why a session ended.
export { joinOptionsSchema, type JoinOptions } from './session/joinOptions';
export type { JoinFailure, SsoRedirect } from './session/joinOutcome';
export { joinMessages, joinWords, joinWordsWith } from './session/joinMessages';
export { createJoinFlow, type JoinFlow, type JoinFlowOptions } from './session/joinFlow';
export { joinWithSso, ssoMessages, tokenRefusal, type SsoSignIn } from './session/ssoJoin';
export { withShowableProviderImages } from './session/identityProviderImages';
export {
  chooseSsoFlow,
  handBackFromMessage,
  isRedirectTarget,
  ssoTokenPlaceholder,
  tokenFromRedirect,
  type SsoFlow,
  type SsoHandBack,
} from './session/ssoHandBack';
export { MeetingSlot } from './session/meetingSlot';
export { sessionEndReasons, sessionEndWords, type ActiveMeeting } from './session/activeMeeting';
export type { SessionDetails } from './session/sessionDetails';

// Meeting state as the core knows it.
export type { CoreMeetingSnapshot, LayoutDetails } from './state/meetingState';
export type { BreakoutRoomSnapshot } from './state/breakoutRooms';

// Events from the node, and the clock the core stamps them with.
export { sharedClockNow } from './events/eventStream';
export type { RelayedEvent, RelayedEventName, RelayedEventPayloads, ServerEventName, ServerEventPayload } from './events/serverEventSchemas';

// Requests: the typed client API operations, their results and the one set of error texts.
export { commandError, requestMessages, requestWords, type OperationError, type OperationResult } from './requests/requestErrors';
export type { ImageBytes, OperationContext } from './requests/operationRequest';
export { callFunctions, type IceCandidate } from './requests/call';
export { conferenceControl } from './requests/conferenceControl';
export { participantFunctions } from './requests/participant';
export { breakoutFunctions } from './requests/breakouts';
export { otherFunctions } from './requests/other';
export type { Transforms } from './requests/requestBodies';
export { createMeetingOperations, type MeetingOperations } from './requests/meetingOperations';
export { meetingHandleOf } from './requests/meetingHandle';
