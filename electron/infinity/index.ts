// Public API of the Infinity core (plain Node; never imports electron).
export { createMeetingService, type MeetingService, type MeetingServiceOptions } from './meetingService';
export { consoleLogger, silentLogger, redactFields, type Logger } from './logger';
export { normalizeNodeAddress, type NodeAddress } from './http/nodeAddress';
