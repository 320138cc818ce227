// An administrator's policy file: a default Conferencing Node and settings people cannot change.
// System-wide, beside the kiosk's own layers: /etc/parley/policy.json (Linux),
// %ProgramData%\Parley\policy.json (Windows), /Library/Application Support/Parley/policy.json (macOS).
import { join } from 'node:path';
import { z } from 'zod';
import { settingsChangeSchema, type DesktopSettings, type SettingsKey } from '../shared/settings';

export const policyFileSchema = z.strictObject({
  defaultNode: z.string().trim().min(1).max(2048).optional(),
  /** Each setting named here takes this value and cannot be changed in Settings. */
  locked: settingsChangeSchema.optional(),
});

export interface SettingsPolicy {
  defaultNode: string | null;
  locked: Partial<DesktopSettings>;
}

export const noPolicy: SettingsPolicy = { defaultNode: null, locked: {} };

export function policyFilePath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'Parley', 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/Parley/policy.json';
  return '/etc/parley/policy.json';
}

export type PolicyRead = { ok: true; policy: SettingsPolicy } | { ok: false; problem: string; code: 'policy_file_invalid_json' | 'policy_file_invalid_value' };

export function readPolicyFile(text: string): PolicyRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'The administrator\'s policy file is not valid JSON; it was ignored.', code: 'policy_file_invalid_json' };
  }
  const parsed = policyFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'The administrator\'s policy file has a value Parley cannot use; it was ignored.', code: 'policy_file_invalid_value' };
  return { ok: true, policy: { defaultNode: parsed.data.defaultNode ?? null, locked: parsed.data.locked ?? {} } };
}

export function lockedKeys(policy: SettingsPolicy): SettingsKey[] {
  return Object.keys(policy.locked) as SettingsKey[];
}

/**
 * The settings in effect: yours, the administrator's default node added, locked values on top. The
 * added node has no label of its own: the renderer names it in the person's language (organisationNode).
 */
export function applyPolicy(settings: DesktopSettings, policy: SettingsPolicy): DesktopSettings {
  const effective: DesktopSettings = { ...settings, ...policy.locked };
  const node = policy.defaultNode;
  if (node && !effective.nodes.some((saved) => saved.address === node)) effective.nodes = [{ address: node, label: '' }, ...effective.nodes];
  if (node && effective.defaultNode === null && !Object.hasOwn(policy.locked, 'defaultNode')) effective.defaultNode = node;
  return effective;
}
