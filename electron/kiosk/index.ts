// Public API of kiosk mode: what a host (Electron main's kiosk window, the browser test host)
// uses to run a room system. Hosts import kiosk mode through this file only.

// The runtime: the room policy, config and health server around one MeetingService.
export { startKioskRuntime, type KioskRuntime, type KioskRuntimeOptions } from './kioskRuntime';
// Where the config lives and which command-line flags override it.
export { kioskConfigPaths, type KioskConfigPaths } from './config/configPaths';
export { kioskFlagNames, parseKioskFlags, type KioskFlags } from './config/configFlags';
// The PIN codec for hosts without encryption (the SecretCodec port itself is the service's).
export { noSecretCodec } from './config/secretCodec';
// The health document the health server answers (monitoring and e2e tests read it).
export type { KioskHealth } from './healthDocument';
export { maintenanceWindowOpenedAt } from './maintenanceWindow';
