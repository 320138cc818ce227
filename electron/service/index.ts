// Public API of the meeting service: what a host (Electron main, the browser host) builds on.
export { createMeetingService, type MeetingService, type MeetingServiceOptions } from './meetingService';
// Hosts depend on the service alone: the Infinity core's public types and logger come through here.
export * from '../infinity';
