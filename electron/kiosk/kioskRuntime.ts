// Kiosk mode on a MeetingService, for any host (Electron main or the browser host): loads the
// configuration, protects a clear PIN, runs the room policy, answers the kiosk commands and
// serves the health document and /metrics; follows the room's calendar feed and the configuration
// files (a valid change applies without a restart; an invalid one is reported and not applied).
import type { Result } from '../shared/bridge';
import type { KioskSetupFields, KioskStatus } from '../shared/kioskCommands';
import type { KioskConfigProblem } from '../shared/kioskConfigProblems';
import type { Logger, MeetingService, SecretCodec } from '../service';
import { dirname, join } from 'node:path';
import { createAdminPinCheck } from './adminPin';
import { createFileLockoutStore } from './adminPinLockout';
import { loadKioskConfig, type KioskConfigSources } from './config/loadKioskConfig';
import { configProblem } from './config/configMessages';
import { createPinProtector } from './config/protectPins';
import { saveSetup } from './config/saveSetup';
import { startHealthServer, type HealthServer } from './healthServer';
import { CalendarFeed } from './calendar/calendarFeed';
import { watchConfigFiles, type ConfigWatcher } from './config/configWatcher';
import { KioskPolicy } from './kioskPolicy';
import type { KioskConfig } from './config/kioskConfigSchema';
import { meetingPortFor } from './serviceMeetingPort';

export interface KioskRuntimeOptions {
  service: MeetingService;
  logger: Logger;
  sources: KioskConfigSources;
  codec: SecretCodec;
  /** Serve the health document on 127.0.0.1 at this port (0: any free port). */
  statusPort?: number;
  /** The daily restart (default: rejoin the meeting). */
  restart?: () => void;
  /** Leaves kiosk mode after the admin PIN was accepted. */
  exit?: () => Promise<void>;
  /** See KioskPolicyOptions.stableAfterMs. */
  stableAfterMs?: number;
  /** See KioskPolicyOptions.installUpdates (Electron's updater, when there is one). */
  installUpdates?: () => Promise<void>;
  /** Watch the configuration files and apply changes (default true). */
  watchConfig?: boolean;
  /** Overrides "calendarRefreshMinutes" (the end-to-end tests refresh every second). */
  calendarRefreshMs?: number;
}

export interface KioskRuntime {
  policy: KioskPolicy;
  /** The health server's port, when one was asked for. */
  healthPort: number | null;
  /** The configuration as loaded at start (null: setup needed). */
  config: KioskConfig | null;
  /** Reads the configuration files again (the watcher calls it on every change). */
  reload(): Promise<void>;
  stop(reason: string): Promise<void>;
}

export async function startKioskRuntime(options: KioskRuntimeOptions): Promise<KioskRuntime> {
  const { service, logger, sources, codec } = options;
  const pins = createPinProtector(codec, logger);
  const loaded = await loadKioskConfig(sources, codec);
  for (const problem of loaded.ok ? [] : loaded.problems) logger.error('kiosk configuration problem', { problem: problem.message });
  if (!loaded.ok && loaded.problems.length === 0) logger.info('kiosk has no configuration yet: showing setup', { file: loaded.writeTarget });
  if (loaded.ok) await pins.protect(loaded.files);

  const policy: KioskPolicy = new KioskPolicy({
    port: meetingPortFor(service),
    logger,
    config: loaded.ok ? loaded.config : null,
    configProblems: loaded.ok ? [] : loaded.problems,
    ...(loaded.ok || loaded.adminPin === undefined ? {} : { fallbackAdminPin: loaded.adminPin }),
    ...(options.stableAfterMs === undefined ? {} : { stableAfterMs: options.stableAfterMs }),
    ...(options.installUpdates ? { installUpdates: options.installUpdates } : {}),
    restart:
      options.restart ??
      (() => {
        // A room that was idle stays idle (a calendar room between meetings).
        const wasIn = policy.status().state !== 'idle';
        void policy
          .leave()
          .then(() => {
            if (wasIn) policy.join();
          })
          .catch((error: unknown) => logger.error('kiosk daily restart failed; the room carries on', { error: error instanceof Error ? error.name : typeof error }));
      }),
  });
  // Beside the room's own configuration file: a restart keeps the wrong-guess count and lockout.
  const adminPin = createAdminPinCheck(() => policy.adminPin, createFileLockoutStore(join(dirname(loaded.writeTarget), 'kiosk-admin-lockout.json')));

  // The calendar feed: (re)started whenever its source or refresh interval changes.
  let feed: CalendarFeed | null = null;
  let feedKey = '';
  function followCalendar(config: KioskConfig | null): void {
    const key = config?.calendar ? `${config.calendar}\n${config.calendarRefreshMinutes}` : '';
    if (key === feedKey) return;
    feedKey = key;
    feed?.stop();
    feed = null;
    if (!config?.calendar) {
      policy.setCalendar(null);
      return;
    }
    const started = new CalendarFeed({
      source: config.calendar,
      refreshMs: options.calendarRefreshMs ?? config.calendarRefreshMinutes * 60_000,
      onChange: (state) => {
        if (feed !== started) return;
        if (state.problem) logger.warn('kiosk calendar refresh failed; keeping the last good copy', { problem: state.problem });
        policy.setCalendar(state);
      },
    });
    feed = started;
    policy.setCalendar(started.current);
    started.start();
  }

  /** Applies a changed configuration file, or reports why it cannot be used. */
  let reloading: Promise<void> = Promise.resolve();
  function reload(): Promise<void> {
    reloading = reloading.then(async () => {
      const next = await loadKioskConfig(sources, codec);
      if (!next.ok) {
        const problems = next.problems.length > 0 ? next.problems.map((problem) => problem.message) : ['the configuration files were removed'];
        for (const problem of problems) logger.error('kiosk configuration change not applied; the running configuration is kept', { problem });
        policy.reportConfigProblems(problems);
        return;
      }
      await pins.protect(next.files);
      await policy.applyConfig(next.config);
      followCalendar(next.config);
    });
    return reloading;
  }

  async function applySetup(fields: KioskSetupFields): Promise<Result<KioskStatus, KioskConfigProblem[]>> {
    await saveSetup(loaded.writeTarget, fields, codec, pins);
    const reloaded = await loadKioskConfig(sources, codec);
    if (!reloaded.ok) return { ok: false, error: reloaded.problems.length > 0 ? reloaded.problems : [configProblem(null, 'incomplete')] };
    logger.info('kiosk configuration saved from the setup screen', { file: loaded.writeTarget });
    await policy.reconfigure(reloaded.config);
    followCalendar(reloaded.config);
    return { ok: true, value: policy.status() };
  }

  service.kiosk.attach({
    policy,
    checkAdminPin: (pin) => adminPin.check(pin),
    firstRun: () => policy.status().state === 'setup' && policy.adminPin === undefined,
    saveSetup: applySetup,
    exit: options.exit ?? (async () => undefined),
  });
  // The health server first: when its port is taken the start fails before the room has joined.
  let health: HealthServer | null = null;
  if (options.statusPort !== undefined) {
    health = await startHealthServer(options.statusPort, () => policy.health(), () => policy.metrics());
    logger.info('kiosk health document served', { url: `http://127.0.0.1:${health.port}/health` });
  }
  policy.start();
  followCalendar(loaded.ok ? loaded.config : null);
  const files = [sources.systemFile, sources.userFile, sources.envFile, sources.flagFile].filter((file): file is string => file !== undefined);
  const watcher: ConfigWatcher | null =
    options.watchConfig === false
      ? null
      : watchConfigFiles(files, () => void reload(), (message) => logger.warn('kiosk configuration files cannot be watched', { message }));

  return {
    policy,
    healthPort: health?.port ?? null,
    config: loaded.ok ? loaded.config : null,
    reload,
    async stop(reason) {
      watcher?.close();
      feed?.stop();
      await health?.close();
      await policy.stop(reason);
    },
  };
}
