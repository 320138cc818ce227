// The desktop settings as the Settings screen and the join screen use them: read from main (or the
// browser host), changed one section at a time, refused changes explained in words.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { DesktopSettings, SettingsChange, SettingsKey, SettingsView } from '../../../../electron/shared/bridge';
import type { SystemShortcutKeys } from '../../../../electron/shared/shortcutKeys';
import { useBridge } from '../../bridge';
import { settingsErrorText } from './settingsProblemText';

export const useSettingsStore = defineStore('settings', () => {
  const view = ref<SettingsView | null>(null);
  /** Why the settings could not be read or the last change was not saved, in words. */
  const error = ref<string | null>(null);
  const open = ref(false);

  async function load(): Promise<SettingsView | null> {
    const result = await useBridge().settingsRead(null);
    if (!result.ok) {
      error.value = settingsErrorText(result.error);
      return null;
    }
    view.value = result.value;
    error.value = null;
    return result.value;
  }

  async function change(next: SettingsChange): Promise<boolean> {
    const result = await useBridge().settingsWrite(next);
    if (!result.ok) {
      error.value = settingsErrorText(result.error);
      return false;
    }
    view.value = result.value;
    error.value = null;
    return true;
  }

  /**
   * New system-wide shortcut keys; resolves with why they were refused (in words), or null when
   * saved. Main tries them with the OS first. Outside the desktop app (the browser host) nothing
   * registers system keys, so they are only kept in the settings.
   */
  async function changeShortcutKeys(next: Partial<SystemShortcutKeys>): Promise<string | null> {
    const result = await useBridge().systemShortcutKeysChange(next);
    if (result.ok) {
      view.value = result.value;
      return null;
    }
    if (result.error.code !== 'not_found') return result.error.message;
    const keys = view.value?.settings.systemShortcutKeys;
    if (!keys) return result.error.message;
    return (await change({ systemShortcutKeys: { ...keys, ...next } })) ? null : error.value;
  }

  function locked(key: SettingsKey): boolean {
    return view.value?.locked.includes(key) ?? false;
  }

  function current(): DesktopSettings | null {
    return view.value?.settings ?? null;
  }

  return { view, error, open, load, change, changeShortcutKeys, locked, current };
});
