// The thin Electron side of the system-wide shortcuts: globalShortcut for toggle mute, uiohook-napi
// (loaded only when first wanted, and allowed to fail) for push-to-talk's key down and up. What to
// hold and when is decided in electron/desktop/systemShortcuts.ts.
import { globalShortcut } from 'electron';
import { createPushToTalkKeys, keyHookRefusal, toggleMuteAccelerator, type RawKey, type ShortcutHolds, type ShortcutsOutcome } from '../desktop';

export type SystemShortcutAction = 'toggle_microphone' | 'talk_start' | 'talk_end';

/** uiohook-napi's uIOhook, as far as push-to-talk uses it. */
export interface KeyHook {
  on(event: 'keydown' | 'keyup', listener: (key: RawKey) => void): unknown;
  removeAllListeners(event: 'keydown' | 'keyup'): unknown;
  start(): void;
  stop(): void;
}

export interface SystemShortcutKeys {
  /** Takes or gives back each shortcut; resolves with what taking them found (null fields: not tried now). */
  hold(holds: ShortcutHolds): Promise<ShortcutsOutcome>;
}

async function loadUiohook(): Promise<KeyHook> {
  const module = await import('uiohook-napi');
  return module.uIOhook;
}

export function createSystemShortcutKeys(act: (action: SystemShortcutAction) => void, loadHook: () => Promise<KeyHook> = loadUiohook): SystemShortcutKeys {
  let muteHeld = false;
  let hookWanted = false;
  let hook: KeyHook | null = null;
  const talk = createPushToTalkKeys({ talk: () => act('talk_start'), stop: () => act('talk_end') });

  async function startHook(): Promise<string | null> {
    // Checked before loading: on Linux without X, starting the hook would abort Parley.
    const refusal = keyHookRefusal(process.platform, process.env);
    if (refusal !== null) return refusal;
    try {
      const loaded = await loadHook();
      // Given back while the library loaded: take nothing.
      if (!hookWanted) return null;
      hook = loaded;
      hook.on('keydown', (key) => talk.keyDown(key));
      hook.on('keyup', (key) => talk.keyUp(key));
      hook.start();
      return null;
    } catch (error) {
      // No prebuilt binary for this platform, or (macOS) no Accessibility permission.
      hook = null;
      return error instanceof Error ? error.message : String(error);
    }
  }

  function stopHook(): void {
    talk.reset();
    if (!hook) return;
    hook.removeAllListeners('keydown');
    hook.removeAllListeners('keyup');
    try {
      hook.stop();
    } catch {
      // Stopping a hook that never ran is harmless.
    }
    hook = null;
  }

  return {
    async hold(holds) {
      const outcome: ShortcutsOutcome = { toggleMuteRegistered: null, pushToTalkFailure: null };
      if (holds.toggleMute !== muteHeld) {
        muteHeld = holds.toggleMute;
        // register returns false when another application holds the accelerator.
        if (holds.toggleMute) outcome.toggleMuteRegistered = globalShortcut.register(toggleMuteAccelerator, () => act('toggle_microphone'));
        else globalShortcut.unregister(toggleMuteAccelerator);
        if (outcome.toggleMuteRegistered === false) muteHeld = false;
      }
      if (holds.pushToTalk !== hookWanted) {
        hookWanted = holds.pushToTalk;
        if (hookWanted) outcome.pushToTalkFailure = await startHook();
        else stopHook();
      }
      return outcome;
    },
  };
}
