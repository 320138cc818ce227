// A browser host in kiosk mode for the end-to-end tests: its own configuration file in a temporary
// folder, and a health port, stopped (process and folder) by stop().
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KioskHealth } from '../../electron/kiosk';
import { hostAddressPattern, startScript } from './processes';

export interface KioskHostProcess {
  url: string;
  /** The room's configuration file (the kiosk watches it: a rewrite applies without a restart). */
  configFile: string;
  healthUrl: string;
  metricsUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface KioskHostSettings {
  /** How often the room re-reads its calendar feed (PARLEY_KIOSK_CALENDAR_REFRESH_MS). */
  calendarRefreshMs?: number;
}

export async function startKioskHostProcess(config: Record<string, unknown>, settings: KioskHostSettings = {}): Promise<KioskHostProcess> {
  const folder = await mkdtemp(join(tmpdir(), 'parley-kiosk-'));
  const configFile = join(folder, 'kiosk.json');
  await writeFile(configFile, JSON.stringify(config));
  const statusPort = await freePort();
  try {
    // The child takes the environment when it is spawned, inside startScript's first synchronous step.
    const previous = process.env.PARLEY_KIOSK_CALENDAR_REFRESH_MS;
    if (settings.calendarRefreshMs !== undefined) process.env.PARLEY_KIOSK_CALENDAR_REFRESH_MS = String(settings.calendarRefreshMs);
    const starting = startScript(
      'tests/host/cli.ts',
      ['--port', '0', '--kiosk-config', configFile, '--status-port', String(statusPort)],
      hostAddressPattern,
    );
    if (previous === undefined) delete process.env.PARLEY_KIOSK_CALENDAR_REFRESH_MS;
    else process.env.PARLEY_KIOSK_CALENDAR_REFRESH_MS = previous;
    const host = await starting;
    return {
      url: host.url,
      configFile,
      healthUrl: `http://127.0.0.1:${statusPort}/health`,
      metricsUrl: `http://127.0.0.1:${statusPort}/metrics`,
      stop: async () => {
        await host.stop();
        await rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

export async function kioskHealth(healthUrl: string): Promise<KioskHealth> {
  return (await (await fetch(healthUrl)).json()) as KioskHealth;
}
