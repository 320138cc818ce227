// Command-line flags: each overrides one configuration key. A PIN has no flag, because other users
// of the machine can read a process's arguments.
import type { KioskConfigLayer } from './kioskConfigSchema';

export interface KioskFlags {
  /** --config <file>: the highest-precedence file. */
  configFile?: string;
  /** --status-port <port>: serve the health document on 127.0.0.1. */
  statusPort?: number;
  /** Keys given as flags (not yet validated). */
  layer: Record<string, unknown>;
}

const textFlags: Record<string, keyof KioskConfigLayer> = {
  node: 'node',
  alias: 'alias',
  'display-name': 'displayName',
  role: 'role',
  camera: 'camera',
  microphone: 'microphone',
  speaker: 'speaker',
  layout: 'layout',
  'daily-restart': 'dailyRestart',
  language: 'language',
};
const switchFlags: Record<string, keyof KioskConfigLayer> = {
  'auto-join': 'autoJoin',
  captions: 'captions',
  'start-at-login': 'startAtLogin',
};

/** Every kiosk flag by kind, for a host that must hand the same launch on (start at login). */
export const kioskFlagNames = {
  withValue: ['config', 'status-port', 'volume', ...Object.keys(textFlags)],
  switches: ['kiosk', ...Object.keys(switchFlags), ...Object.keys(switchFlags).map((name) => `no-${name}`)],
} as const;

export function parseKioskFlags(argv: readonly string[]): KioskFlags {
  const flags: KioskFlags = { layer: {} };
  const value = (index: number, inline: string | undefined): string | undefined => {
    if (inline !== undefined) return inline;
    const next = argv[index + 1];
    return next !== undefined && !next.startsWith('--') ? next : undefined;
  };
  argv.forEach((arg, index) => {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) return;
    const name = match[1];
    const inline = match[2];
    if (name === 'config') flags.configFile = value(index, inline);
    else if (name === 'status-port') {
      const port = Number(value(index, inline));
      if (Number.isInteger(port) && port > 0 && port < 65_536) flags.statusPort = port;
    } else if (name === 'volume') {
      const text = value(index, inline);
      // A non-number stays text, so validation names the flag's key and problem.
      if (text !== undefined) flags.layer.volume = text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
    } else if (textFlags[name]) {
      const text = value(index, inline);
      if (text !== undefined) flags.layer[textFlags[name]] = text;
    } else if (switchFlags[name]) {
      flags.layer[switchFlags[name]] = inline === undefined ? true : inline !== 'false';
    } else if (name.startsWith('no-') && switchFlags[name.slice(3)]) {
      flags.layer[switchFlags[name.slice(3)] as string] = false;
    }
  });
  return flags;
}
