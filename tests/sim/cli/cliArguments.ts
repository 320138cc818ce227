// Command-line flags of the simulator: --port N, --rooms file.json, --token-expiry seconds,
// --tls-cert cert.pem --tls-key key.pem, --quirks (every room sends older Infinity shapes).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RoomConfig } from '../conference/roomConfig';

export interface CliArguments {
  port?: number;
  roomsFile?: string;
  tokenExpirySeconds?: number;
  /** PEM files: serve https like an on-premises node with its own certificate. */
  tlsCertFile?: string;
  tlsKeyFile?: string;
  /** RoomConfig.quirks for every room that does not set it. */
  quirks?: boolean;
}

const FLAGS = ['--port', '--rooms', '--token-expiry', '--tls-cert', '--tls-key'] as const;
/** Flags that take no value. */
const SWITCHES = ['--quirks'] as const;

export function parseCliArguments(argv: readonly string[]): CliArguments {
  const parsed: CliArguments = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inlineValue] = arg.includes('=') ? splitOnce(arg) : [arg, undefined];
    if ((SWITCHES as readonly string[]).includes(flag)) {
      if (inlineValue !== undefined) throw new Error(`${flag} takes no value`);
      parsed.quirks = true;
      continue;
    }
    if (!(FLAGS as readonly string[]).includes(flag)) throw new Error(`Unknown option ${flag}`);
    const value = inlineValue ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--port') parsed.port = parseInteger(flag, value, 0, 65535);
    else if (flag === '--token-expiry') parsed.tokenExpirySeconds = parseInteger(flag, value, 1, 86_400);
    else if (flag === '--tls-cert') parsed.tlsCertFile = value;
    else if (flag === '--tls-key') parsed.tlsKeyFile = value;
    else parsed.roomsFile = value;
  }
  if ((parsed.tlsCertFile === undefined) !== (parsed.tlsKeyFile === undefined)) {
    throw new Error('--tls-cert and --tls-key go together');
  }
  return parsed;
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}

function parseInteger(flag: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new Error(`${flag} must be an integer from ${min} to ${max}`);
  }
  return number;
}

/** One identity provider of an SSO room; strict, so a misspelt key (disablePopupFlow) is an error, not ignored. */
const identityProviderSchema = z
  .object({
    uuid: z.string().min(1),
    name: z.string(),
    /** The provider's picture: an http(s) or data:image URL as a node would send it, or a path on the simulator. */
    img: z.string().regex(/^(https?:\/\/|data:image\/|\/[^/])/, 'an http(s) URL, a data:image URL or a /path on the simulator').optional(),
    /** true: the redirect flow (request_token must carry sso_redirect_target); default the popup flow. */
    disable_popup_flow: z.boolean().optional(),
  })
  .strict();

const roomSchema = z.object({
  alias: z.string().min(1),
  name: z.string(),
  serviceType: z.enum(['conference', 'lecture', 'test_call', 'reception']),
  hostPin: z.string().optional(),
  guestPin: z.string().optional(),
  allowGuests: z.boolean().optional(),
  chatEnabled: z.boolean().optional(),
  locked: z.boolean().optional(),
  ssoIdentityProviders: z.array(identityProviderSchema).optional(),
  stunServers: z.array(z.string().regex(/^stuns?:\S+$/, 'a STUN URL such as stun:host:3478')).optional(),
  standardBase64Tokens: z.boolean().optional(),
  quirks: z.boolean().optional(),
});

/** Reads a JSON array of RoomConfig. */
export function parseRooms(json: string): RoomConfig[] {
  return z.array(roomSchema).parse(JSON.parse(json) as unknown);
}

export function loadRoomsFile(path: string): RoomConfig[] {
  return parseRooms(readFileSync(path, 'utf8'));
}
