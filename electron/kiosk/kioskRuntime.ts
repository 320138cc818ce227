// Kiosk mode on a MeetingService, for any host (Electron main or the browser host): loads the
// configuration, protects a clear PIN, runs the room policy, answers the kiosk commands and
// serves the health document.
import type { Result } from '../shared/bridge';
import type { KioskSetupFields, KioskStatus } from '../shared/kioskCommands';
import type { Logger, MeetingService, SecretCodec } from '../service';
import { createAdminPinCheck } from './adminPin';
import { loadKioskConfig, type KioskConfigSources } from './config/loadKioskConfig';
import { createPinProtector } from './config/protectPins';
import { saveSetup } from './config/saveSetup';
import { startHealthServer, type HealthServer } from './healthServer';
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
}

export interface KioskRuntime {
  policy: KioskPolicy;
  /** The health server's port, when one was asked for. */
  healthPort: number | null;
  /** The configuration as loaded at start (null: setup needed). */
  config: KioskConfig | null;
  stop(reason: string): Promise<void>;
}

export async function startKioskRuntime(options: KioskRuntimeOptions): Promise<KioskRuntime> {
  const { service, logger, sources, codec } = options;
  const pins = createPinProtector(codec, logger);
  const loaded = await loadKioskConfig(sources, codec);
  for (const problem of loaded.ok ? [] : loaded.problems) logger.error('kiosk configuration problem', { problem });
  if (!loaded.ok && loaded.problems.length === 0) logger.info('kiosk has no configuration yet: showing setup', { file: loaded.writeTarget });
  if (loaded.ok) await pins.protect(loaded.files);

  const policy: KioskPolicy = new KioskPolicy({
    port: meetingPortFor(service),
    logger,
    config: loaded.ok ? loaded.config : null,
    configProblems: loaded.ok ? [] : loaded.problems,
    ...(loaded.ok || loaded.adminPin === undefined ? {} : { fallbackAdminPin: loaded.adminPin }),
    ...(options.stableAfterMs === undefined ? {} : { stableAfterMs: options.stableAfterMs }),
    restart:
      options.restart ??
      (() => {
        void policy.leave().then(() => policy.join());
      }),
  });
  const adminPin = createAdminPinCheck(() => policy.adminPin);

  async function applySetup(fields: KioskSetupFields): Promise<Result<KioskStatus, string>> {
    await saveSetup(loaded.writeTarget, fields, codec, pins);
    const reloaded = await loadKioskConfig(sources, codec);
    if (!reloaded.ok) return { ok: false, error: reloaded.problems.join('; ') || 'The configuration is incomplete.' };
    logger.info('kiosk configuration saved from the setup screen', { file: loaded.writeTarget });
    await policy.reconfigure(reloaded.config);
    return { ok: true, value: policy.status() };
  }

  service.kiosk.attach({
    policy,
    checkAdminPin: (pin) => adminPin.check(pin),
    saveSetup: applySetup,
    exit: options.exit ?? (async () => undefined),
  });
  // The health server first: when its port is taken the start fails before the room has joined.
  let health: HealthServer | null = null;
  if (options.statusPort !== undefined) {
    health = await startHealthServer(options.statusPort, () => policy.health());
    logger.info('kiosk health document served', { url: `http://127.0.0.1:${health.port}/health` });
  }
  policy.start();

  return {
    policy,
    healthPort: health?.port ?? null,
    config: loaded.ok ? loaded.config : null,
    async stop(reason) {
      await health?.close();
      await policy.stop(reason);
    },
  };
}
