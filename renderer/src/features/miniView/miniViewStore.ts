// The mini view: the meeting in a small always-on-top window (Electron main shrinks the one meeting
// window; the browser host has no window to shrink, so only the layout changes). Main also reports
// changes it makes itself (the window minimized during a call, the tray's Show window).
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import type { WindowMode } from '../../../../electron/shared/desktopWindow';
import { defaultSettings } from '../../../../electron/shared/settings';
import { useBridge } from '../../bridge';
import { useKioskStore } from '../kiosk/kioskStore';
import { usePresentationStore } from '../presentation/presentationStore';
import { useSessionStore } from '../session/sessionStore';
import { useSettingsStore } from '../settings/settingsStore';
import { modeForShareChange } from './miniViewShare';

export const useMiniViewStore = defineStore('miniView', () => {
  const mode = ref<WindowMode>('full');
  let enteredForShare = false;
  const settings = useSettingsStore();
  const kiosk = useKioskStore();
  /** "Mini window" in Settings (on where settings cannot be read); never on a room system. */
  const available = computed(() => !kiosk.enabled && (settings.view?.settings.miniWindow ?? defaultSettings.miniWindow));

  async function request(next: WindowMode, sharing = false): Promise<void> {
    if (next === 'mini' && !available.value) return;
    const result = await useBridge().desktopWindowMode(sharing ? { mode: next, sharing } : { mode: next });
    // Main answers the mode the window is in (it may refuse, e.g. outside a meeting).
    mode.value = result.ok ? result.value.mode : next;
    if (mode.value === 'full') enteredForShare = false;
  }

  /** Main changed the window itself. */
  function apply(next: WindowMode): void {
    mode.value = next;
    if (next === 'full') enteredForShare = false;
  }

  const presentation = usePresentationStore();
  watch(
    () => presentation.shareState === 'presenting',
    (presenting, wasPresenting) => {
      const next = modeForShareChange({ wasPresenting, presenting, enabled: available.value, mode: mode.value, enteredForShare });
      if (next === 'mini') enteredForShare = true;
      if (next) void request(next, true);
    },
  );
  // Outside a meeting there is only the full view.
  const session = useSessionStore();
  watch(
    () => session.state,
    (state) => {
      if (state !== 'in_meeting') apply('full');
    },
  );
  watch(available, (allowed) => {
    if (!allowed && mode.value === 'mini') void request('full');
  });

  return { mode, available, enter: () => request('mini'), leave: () => request('full'), apply };
});
