// The desktop settings store: settings and recent meetings in one conf file under the app's
// data folder, validated with zod on every read and write; PINs only sealed by the platform's
// secret store (safeStorage in Electron). A corrupt file is reported, kept beside as a backup, and
// replaced by defaults, so nothing a person had is silently lost.
import Conf from 'conf';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { DesktopSettingsTarget, Logger, SecretCodec } from '../service';
import type { Result } from '../shared/result';
import { recentMeetingsLimit, settingsChangeSchema, type DesktopSettings, type RecentMeeting, type SettingsChange, type SettingsProblem, type SettingsView } from '../shared/settings';
import type { RecentMeetingJoin, RememberMeeting } from '../shared/settingsCommands';
import { emptySettingsFile, readSettingsFile, settingsFileSchema, type RecentEntry, type SettingsFile } from './settingsFile';
import { applyPolicy, lockedKeys, noPolicy, readPolicyFile, type SettingsPolicy } from './settingsPolicy';

export interface SettingsStoreOptions {
  /** The folder the settings file lives in (Electron: app.getPath('userData')). */
  dir: string;
  secrets: SecretCodec;
  logger: Logger;
  /** The administrator's policy file, if the platform has one. */
  policyFile?: string;
  now?: () => number;
}

export interface SettingsStore extends DesktopSettingsTarget {
  /** The settings in effect (policy applied), for main's own decisions. */
  current(): DesktopSettings;
  /** Called after every change with the settings in effect. */
  onChange(listener: (settings: DesktopSettings) => void): () => void;
}

export const settingsFileName = 'settings.json';

export function openSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const now = options.now ?? Date.now;
  const path = join(options.dir, settingsFileName);
  const problems: string[] = [];
  const problemCodes: SettingsProblem[] = [];
  let initial: SettingsFile = emptySettingsFile();
  if (existsSync(path)) {
    const read = readSettingsFile(readFileSync(path, 'utf8'));
    if (read.ok) initial = read.file;
    else {
      const backup = `settings.corrupt-${new Date(now()).toISOString().replace(/[:.]/g, '-')}.json`;
      renameSync(path, join(options.dir, backup));
      problems.push(`${read.problem} Parley kept it as ${backup} and started with default settings.`);
      problemCodes.push({ code: read.code, backup });
      options.logger.warn('settings file was corrupt; kept as a backup, defaults used', { backup });
    }
  }
  const policy = loadPolicy(options, problems, problemCodes);
  // conf writes atomically; its own clearing of invalid files is off: invalid data never gets this far.
  const conf = new Conf<SettingsFile>({ cwd: options.dir, configName: 'settings', clearInvalidConfig: false, defaults: initial });
  conf.store = initial;
  const listeners = new Set<(settings: DesktopSettings) => void>();

  const file = (): SettingsFile => settingsFileSchema.parse(conf.store);
  const save = (next: SettingsFile): void => {
    conf.store = settingsFileSchema.parse(next);
  };
  const effective = (): DesktopSettings => applyPolicy(file().settings, policy);
  const view = async (): Promise<SettingsView> => ({
    settings: effective(),
    locked: lockedKeys(policy),
    problem: problems.length ? problems.join(' ') : null,
    problems: [...problemCodes],
    secretsAvailable: await options.secrets.available(),
    organisationNode: policy.defaultNode ?? null,
  });
  const listOf = (entries: RecentEntry[]): RecentMeeting[] =>
    entries.map(({ pinSealed, ...entry }) => ({ ...entry, hasPin: pinSealed !== undefined }));

  return {
    read: view,
    current: effective,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async write(change: SettingsChange): Promise<Result<SettingsView, 'locked'>> {
      const parsed = settingsChangeSchema.parse(change);
      const refused = Object.keys(parsed).filter((key) => Object.hasOwn(policy.locked, key));
      if (refused.length) return { ok: false, error: 'locked' };
      const current = file();
      save({ ...current, settings: { ...current.settings, ...parsed } });
      const settings = effective();
      for (const listener of listeners) listener(settings);
      return { ok: true, value: await view() };
    },
    recentMeetings: () => listOf(file().recent),
    async rememberMeeting(meeting: RememberMeeting) {
      const current = file();
      const same = (entry: RecentEntry) => entry.node === meeting.node && entry.alias.toLowerCase() === meeting.alias.toLowerCase();
      const previous = current.recent.find(same);
      let pinSealed: string | undefined;
      let pinRemembered = false;
      if (meeting.rememberPin && meeting.pin) {
        // Only ever encrypted: without a secret store the PIN is not kept at all.
        if (await options.secrets.available()) {
          pinSealed = await options.secrets.encrypt(meeting.pin);
          pinRemembered = true;
        }
      }
      const entry: RecentEntry = {
        id: previous?.id ?? randomUUID(),
        node: meeting.node,
        alias: meeting.alias,
        conferenceName: meeting.conferenceName,
        joinedAt: now(),
        ...(pinSealed === undefined ? {} : { pinSealed }),
      };
      save({ ...current, recent: [entry, ...current.recent.filter((other) => !same(other))].slice(0, recentMeetingsLimit) });
      return { pinRemembered };
    },
    async openRecentMeeting(id: string): Promise<RecentMeetingJoin | null> {
      const entry = file().recent.find((candidate) => candidate.id === id);
      if (!entry) return null;
      let pin: string | null = null;
      if (entry.pinSealed !== undefined) {
        try {
          pin = await options.secrets.decrypt(entry.pinSealed);
        } catch {
          // Sealed on another computer or for another user: join without it (the node asks).
          options.logger.warn('a remembered PIN could not be decrypted');
        }
      }
      return { node: entry.node, alias: entry.alias, pin };
    },
    forgetRecentMeeting(id: string) {
      const current = file();
      save({ ...current, recent: current.recent.filter((entry) => entry.id !== id) });
      return listOf(file().recent);
    },
  };
}

function loadPolicy(options: SettingsStoreOptions, problems: string[], problemCodes: SettingsProblem[]): SettingsPolicy {
  if (!options.policyFile || !existsSync(options.policyFile)) return noPolicy;
  const read = readPolicyFile(readFileSync(options.policyFile, 'utf8'));
  if (read.ok) return read.policy;
  problems.push(read.problem);
  problemCodes.push({ code: read.code });
  options.logger.warn('policy file ignored', { file: options.policyFile, problem: read.problem });
  return noPolicy;
}
