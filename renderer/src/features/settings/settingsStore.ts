// The desktop settings as the Settings screen and the join screen use them: read from main (or the
// browser host), changed one section at a time, refused changes explained in words.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { DesktopSettings, SettingsChange, SettingsKey, SettingsView } from '../../../../electron/shared/bridge';
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

  function locked(key: SettingsKey): boolean {
    return view.value?.locked.includes(key) ?? false;
  }

  function current(): DesktopSettings | null {
    return view.value?.settings ?? null;
  }

  return { view, error, open, load, change, locked, current };
});
