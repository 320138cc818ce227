// Reads every configuration layer and merges them by precedence (lowest first): the system file,
// the user file, PARLEY_CONFIG, --config, then single keys from flags. Each layer is validated on
// its own so a problem names the file it is in; the merged result must be complete, or the room
// does not start half-configured.
import { readFile } from 'node:fs/promises';
import type { KioskConfigProblem } from '../../shared/kioskConfigProblems';
import { configProblem, describeConfigIssues, missingKeyProblem } from './configMessages';
import { declaredAdminPin, jsonSyntaxDetail } from './invalidLayer';
import { kioskConfigLayerSchema, kioskConfigSchema, type KioskConfig, type KioskConfigLayer } from './kioskConfigSchema';
import type { SecretCodec } from '../../service';

export interface KioskConfigSources {
  systemFile: string;
  userFile: string;
  /** PARLEY_CONFIG. */
  envFile?: string;
  /** --config. */
  flagFile?: string;
  /** Keys from command-line flags (not yet validated). */
  flags: Record<string, unknown>;
}

export type KioskConfigLoad =
  | { ok: true; config: KioskConfig; files: string[]; writeTarget: string }
  /**
   * `problems` is empty when there is simply no configuration yet (first run: setup screen); each has
   * main's English line (`message`) and its code for the renderer to translate.
   * `adminPin`: the one the files name although they cannot be used; it still guards setup and exit.
   */
  | { ok: false; problems: KioskConfigProblem[]; files: string[]; writeTarget: string; adminPin?: string };

const requiredKeys = ['node', 'displayName', 'autoJoin'] as const;

/** Rules across keys: a room needs a meeting to join, from "alias" or a calendar. */
function combinationProblems(merged: Record<string, unknown>): KioskConfigProblem[] {
  const problems: KioskConfigProblem[] = [];
  if (merged.alias === undefined && merged.calendar === undefined) problems.push(configProblem(null, 'aliasMissing'));
  if (merged.autoJoin === 'calendar' && merged.calendar === undefined) problems.push(configProblem(null, 'calendarMissingForAutoJoin'));
  if (merged.betweenMeetings === 'default' && merged.alias === undefined) problems.push(configProblem(null, 'defaultAliasMissing'));
  return problems;
}


type ReadText = (path: string) => Promise<string>;
const readText: ReadText = (path) => readFile(path, 'utf8');

interface LayerRead {
  layer: KioskConfigLayer | null;
  problems: KioskConfigProblem[];
  adminPin?: string | undefined;
}

async function readLayer(path: string, read: ReadText): Promise<LayerRead> {
  let text: string;
  try {
    text = await read(path);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT') return { layer: null, problems: [] };
    return { layer: null, problems: [configProblem({ path }, 'cannotRead', code ? { detail: code } : {})] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { layer: null, problems: [configProblem({ path }, 'notJson', { detail: jsonSyntaxDetail(error) })], adminPin: declaredAdminPin(text) };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { layer: null, problems: [configProblem({ path }, 'notAnObject')] };
  }
  const parsed = kioskConfigLayerSchema.safeParse(json);
  return parsed.success
    ? { layer: parsed.data, problems: [], adminPin: parsed.data.adminPin }
    : { layer: null, problems: describeConfigIssues({ path }, parsed.error), adminPin: declaredAdminPin(text) };
}

export async function loadKioskConfig(sources: KioskConfigSources, codec: SecretCodec, read: ReadText = readText): Promise<KioskConfigLoad> {
  const writeTarget = sources.flagFile ?? sources.envFile ?? sources.userFile;
  const paths = [sources.systemFile, sources.userFile, sources.envFile, sources.flagFile].filter(
    (path, index, all): path is string => path !== undefined && all.indexOf(path) === index,
  );
  const problems: KioskConfigProblem[] = [];
  const files: string[] = [];
  let merged: Record<string, unknown> = {};
  let adminPin: string | undefined;
  for (const path of paths) {
    const { layer, problems: layerProblems, adminPin: layerAdminPin } = await readLayer(path, read);
    problems.push(...layerProblems);
    adminPin = layerAdminPin ?? adminPin;
    if (layer) {
      files.push(path);
      merged = { ...merged, ...layer };
    }
  }
  const flags = kioskConfigLayerSchema.safeParse(sources.flags);
  if (flags.success) merged = { ...merged, ...flags.data };
  else problems.push(...describeConfigIssues('commandLine', flags.error));
  // Whatever is wrong, an admin PIN the files name keeps guarding setup and exit.
  const guarded = adminPin === undefined ? {} : { adminPin };
  if (problems.length > 0) return { ok: false, problems: problems, files, writeTarget, ...guarded };
  // Nothing configured anywhere: a first run, for the setup screen.
  if (Object.keys(merged).length === 0) return { ok: false, problems: [], files, writeTarget };

  const missing = [...requiredKeys.filter((key) => merged[key] === undefined).map(missingKeyProblem), ...combinationProblems(merged)];
  if (missing.length > 0) return { ok: false, problems: missing, files, writeTarget, ...guarded };
  const parsed = kioskConfigSchema.safeParse(merged);
  if (!parsed.success) return { ok: false, problems: describeConfigIssues('configuration', parsed.error), files, writeTarget, ...guarded };

  const config = parsed.data;
  if (config.pinEncrypted !== undefined && config.pin === undefined) {
    if (!(await codec.available())) {
      return { ok: false, problems: [configProblem(null, 'pinNoEncryption')], files, writeTarget, ...guarded };
    }
    try {
      config.pin = await codec.decrypt(config.pinEncrypted);
    } catch {
      return { ok: false, problems: [configProblem(null, 'pinNotDecryptable')], files, writeTarget, ...guarded };
    }
  }
  return { ok: true, config, files, writeTarget };
}
