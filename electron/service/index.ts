// Public API of the meeting service: what a host (Electron main, the browser host, the kiosk
// runtime) builds on. Hosts and the kiosk import the service through this file only.
export { createMeetingService, type MeetingService, type MeetingServiceOptions } from './meetingService';
export type { KioskSlot } from './kioskHandlers';
export type { SettingsSlot } from './settingsHandlers';
export type { DesktopSlot } from './desktopHandlers';
// What a host provides (screen picker, certificate store, PIN codec, kiosk policy).
export type {
  CertificateTrustStore,
  DesktopSettingsTarget,
  DesktopTarget,
  KioskCommandTarget,
  KioskRoomPolicy,
  ScreenShareHost,
  SecretCodec,
  UnencryptedNodeStore,
} from './ports';
// Hosts depend on the service alone: the Infinity core's public types and logger come through here.
export * from '../infinity';
