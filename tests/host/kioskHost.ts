// Kiosk mode in the browser host: one MeetingService and room policy for the life of the host,
// shared by every page, so the policy outlives a reload of the room page.
import { consoleLogger, createMeetingService, type Logger, type MeetingService } from '../../electron/service';
import { noSecretCodec, startKioskRuntime, type KioskRuntime } from '../../electron/kiosk';

export interface HostKioskOptions {
  /** The kiosk configuration file (the setup screen writes it when missing). */
  configFile: string;
  /** Single keys from the command line (e.g. node, alias). */
  flags?: Record<string, unknown>;
  /** Serve the health document on 127.0.0.1 at this port. */
  statusPort?: number;
  /** See KioskPolicyOptions.stableAfterMs (the benchmark shortens it). */
  stableAfterMs?: number;
}

/** PARLEY_KIOSK_CALENDAR_REFRESH_MS: the end-to-end tests refresh the calendar feed every second. */
function calendarRefreshMs(): number | undefined {
  const value = Number(process.env.PARLEY_KIOSK_CALENDAR_REFRESH_MS);
  return Number.isInteger(value) && value >= 100 ? value : undefined;
}

export interface HostKiosk {
  service: MeetingService;
  runtime: KioskRuntime;
  close(): Promise<void>;
}

export async function startHostKiosk(options: HostKioskOptions, logger: Logger = consoleLogger): Promise<HostKiosk> {
  const service = createMeetingService({ logger });
  const runtime = await startKioskRuntime({
    service,
    logger,
    // The browser host has no safeStorage: a clear PIN stays clear, and the log says so once.
    codec: noSecretCodec,
    sources: { systemFile: options.configFile, userFile: options.configFile, flags: options.flags ?? {} },
    ...(options.statusPort === undefined ? {} : { statusPort: options.statusPort }),
    ...(options.stableAfterMs === undefined ? {} : { stableAfterMs: options.stableAfterMs }),
    ...(calendarRefreshMs() === undefined ? {} : { calendarRefreshMs: calendarRefreshMs() }),
  });
  return {
    service,
    runtime,
    async close() {
      await runtime.stop('Browser host closed');
      await service.shutdown('Browser host closed');
    },
  };
}
