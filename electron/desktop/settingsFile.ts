// The settings file's shape, its migration from older shapes and its validation. A file that is
// not JSON or does not validate is "corrupt": the store keeps it as a backup and starts from defaults.
import { z } from 'zod';
import { recentMeetingsLimit, settingsSchema, type DesktopSettings } from '../shared/settings';

export const settingsFileVersion = 1;

const recentEntrySchema = z.object({
  id: z.string().min(1).max(64),
  node: z.string().min(1).max(2048),
  alias: z.string().min(1).max(512),
  conferenceName: z.string().max(512),
  joinedAt: z.number().int().nonnegative(),
  /** The PIN sealed by the platform's secret store (base64); absent when none was remembered. */
  pinSealed: z.string().max(4096).optional(),
});

export const settingsFileSchema = z.object({
  version: z.literal(settingsFileVersion),
  settings: settingsSchema,
  recent: z.array(recentEntrySchema).max(recentMeetingsLimit).default([]),
});

export type RecentEntry = z.output<typeof recentEntrySchema>;
export type SettingsFile = z.output<typeof settingsFileSchema>;

export type FileRead = { ok: true; file: SettingsFile } | { ok: false; problem: string; code: 'settings_file_damaged' | 'settings_file_invalid_value' };

export const emptySettingsFile = (): SettingsFile => ({ version: settingsFileVersion, settings: settingsSchema.parse({}), recent: [] });

/**
 * Version 0 (before Settings existed) was the flat object the join screen remembered:
 * { node, displayName }. It becomes a saved default node and your name.
 */
function migrate(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const record = data as Record<string, unknown>;
  if (Object.hasOwn(record, 'version')) return data;
  const settings: Partial<Record<keyof DesktopSettings, unknown>> = {};
  if (typeof record.displayName === 'string') settings.displayName = record.displayName;
  if (typeof record.node === 'string' && record.node.trim()) {
    settings.nodes = [{ address: record.node.trim() }];
    settings.defaultNode = record.node.trim();
  }
  return { version: settingsFileVersion, settings, recent: [] };
}

/** Reads the file's text; `problem` says in words why it cannot be used. */
export function readSettingsFile(text: string): FileRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'The settings file is damaged (it is not valid JSON).', code: 'settings_file_damaged' };
  }
  const parsed = settingsFileSchema.safeParse(migrate(data));
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'the file';
    return { ok: false, problem: `The settings file has a value Parley cannot use (${where}).`, code: 'settings_file_invalid_value' };
  }
  return { ok: true, file: parsed.data };
}
