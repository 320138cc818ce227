// The thin Electron side of the system-wide shortcuts: globalShortcut for toggle mute, uiohook-napi
// (loaded only when first wanted, and allowed to fail) for push-to-talk's key down and up. What to
// hold and when, and which raw keys talk, is decided in electron/desktop/systemShortcuts.ts.
import { globalShortcut } from 'electron';
import { createPushToTalkKeys, keyHookRefusal, type RawKey, type ShortcutHolds, type ShortcutsOutcome } from '../desktop';
import { defaultPushToTalkCombination, type SystemShortcutKeys as ConfiguredKeys } from '../shared/shortcutKeys';

export type SystemShortcutAction = 'toggle_microphone' | 'talk_start' | 'talk_end';

/** uiohook-napi's uIOhook, as far as push-to-talk uses it. */
export interface KeyHook {
  on(event: 'keydown' | 'keyup', listener: (key: RawKey) => void): unknown;
  removeAllListeners(event: 'keydown' | 'keyup'): unknown;
  start(): void;
  stop(): void;
}

export interface SystemShortcutKeys {
  /**
   * Takes or gives back each shortcut with the configured keys; resolves with what taking them
   * found (null fields: not tried now). New toggle mute keys replace the old only once registered:
   * when another app holds them, the old stay held.
   */
  hold(holds: ShortcutHolds, keys: ConfiguredKeys): Promise<ShortcutsOutcome>;
  /**
   * Whether toggle mute can have `accelerator` (false: another app holds it). While toggle mute is
   * held it moves to the new keys at once; otherwise the keys are registered only to ask, and given back.
   */
  tryToggleMute(accelerator: string): boolean;
}

async function loadUiohook(): Promise<KeyHook> {
  const module = await import('uiohook-napi');
  return module.uIOhook;
}

export function createSystemShortcutKeys(act: (action: SystemShortcutAction) => void, loadHook: () => Promise<KeyHook> = loadUiohook): SystemShortcutKeys {
  /** The accelerator toggle mute holds now, or null. */
  let heldAccelerator: string | null = null;
  let hookWanted = false;
  let hook: KeyHook | null = null;
  let talkKeys: ConfiguredKeys['pushToTalk'] = defaultPushToTalkCombination;
  const talk = createPushToTalkKeys(() => talkKeys, { talk: () => act('talk_start'), stop: () => act('talk_end') });
  const toggle = (): void => act('toggle_microphone');

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

  /** Registers `accelerator` for toggle mute; the old keys are given back only when that worked. */
  function moveToggleMute(accelerator: string): boolean {
    // register returns false when another application holds the accelerator.
    if (!globalShortcut.register(accelerator, toggle)) return false;
    if (heldAccelerator !== null) globalShortcut.unregister(heldAccelerator);
    heldAccelerator = accelerator;
    return true;
  }

  return {
    async hold(holds, keys) {
      const outcome: ShortcutsOutcome = { toggleMuteRegistered: null, pushToTalkFailure: null };
      if (holds.toggleMute && heldAccelerator !== keys.toggleMute) outcome.toggleMuteRegistered = moveToggleMute(keys.toggleMute);
      else if (!holds.toggleMute && heldAccelerator !== null) {
        globalShortcut.unregister(heldAccelerator);
        heldAccelerator = null;
      }
      // A talk in progress with the old keys ends; the new keys talk from their next press.
      if (JSON.stringify(talkKeys) !== JSON.stringify(keys.pushToTalk)) talk.reset();
      talkKeys = keys.pushToTalk;
      if (holds.pushToTalk !== hookWanted) {
        hookWanted = holds.pushToTalk;
        if (hookWanted) outcome.pushToTalkFailure = await startHook();
        else stopHook();
      }
      return outcome;
    },
    tryToggleMute(accelerator) {
      if (heldAccelerator === accelerator) return true;
      if (heldAccelerator !== null) return moveToggleMute(accelerator);
      // Not held (the setting is off): the only way to learn whether another app has the keys is to ask the OS.
      if (!globalShortcut.register(accelerator, toggle)) return false;
      globalShortcut.unregister(accelerator);
      return true;
    },
  };
}
