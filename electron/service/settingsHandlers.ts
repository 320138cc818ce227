// The settings commands on a MeetingService's bridge. Until a host attaches its settings store
// (the desktop app in Electron main, the browser host in tests) they answer not_found.
import type { CommandError, CommandWords, Result } from '../shared/bridge';
import { wordsOf } from '../shared/commandWording';
import type { SettingsCommandMap } from '../shared/settingsCommands';
import { commandError, type Logger } from '../infinity';
import { createCommandGuard, required, type CommandRefusal } from './commandGuard';
import type { DesktopSettingsTarget } from './ports';

export type SettingsHandlers = {
  [K in keyof SettingsCommandMap]: (arg: SettingsCommandMap[K]['arg']) => Promise<Result<SettingsCommandMap[K]['value'], SettingsCommandMap[K]['error']>>;
};

export interface SettingsSlot {
  handlers: SettingsHandlers;
  attach(target: DesktopSettingsTarget): void;
}

export const settingsMessages = {
  noSettings: 'Settings are not available here.',
  settingInvalid: 'That setting is not valid.',
  settingsNotSaved: 'Parley could not save your settings.',
  recentMeetingGone: 'That meeting is no longer in Recent meetings.',
  settingLocked: 'Your administrator has set this and it cannot be changed here.',
} as const;
const words = wordsOf(settingsMessages);

const fail = (code: CommandError['code'], message: CommandWords): CommandRefusal => ({ ok: false, error: commandError(code, message) });
const noSettings = () => fail('not_found', words.noSettings);
const wording = { invalidArgument: words.settingInvalid, failed: words.settingsNotSaved };

export function createSettingsSlot(logger: Logger): SettingsSlot {
  let target: DesktopSettingsTarget | null = null;
  const command = createCommandGuard({ target: required(() => target, noSettings), logger, messages: wording });

  const handlers: SettingsHandlers = {
    settingsRead: command('settingsRead', async (store) => ({ ok: true, value: await store.read() })),
    settingsWrite: command('settingsWrite', async (store, change) => {
      const written = await store.write(change);
      return written.ok ? written : fail('forbidden', words.settingLocked);
    }),
    recentMeetings: command('recentMeetings', async (store) => ({ ok: true, value: store.recentMeetings() })),
    recentMeetingRemember: command('recentMeetingRemember', async (store, meeting) => ({ ok: true, value: await store.rememberMeeting(meeting) })),
    recentMeetingOpen: command('recentMeetingOpen', async (store, { id }) => {
      const found = await store.openRecentMeeting(id);
      return found ? { ok: true, value: found } : fail('not_found', words.recentMeetingGone);
    }),
    recentMeetingForget: command('recentMeetingForget', async (store, { id }) => ({ ok: true, value: store.forgetRecentMeeting(id) })),
    desktopMeetingState: command('desktopMeetingState', async (store, state) => {
      store.meetingState?.(state);
      return { ok: true, value: null };
    }),
    // The browser host has no window to shrink: "Mini view" changes only the layout, and sharing,
    // with no window to move out of its way, keeps the full view.
    desktopWindowMode: command('desktopWindowMode', async (store, { mode, sharing }) => ({
      ok: true,
      value: { mode: store.windowMode?.(mode) ?? (sharing ? 'full' : mode) },
    })),
  };

  return {
    handlers,
    attach(next) {
      target = next;
    },
  };
}
