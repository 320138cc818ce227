// The system-wide shortcuts' keys as people read them on their own computer: macOS writes its
// modifier symbols together in Apple's order ⌃ ⌥ ⇧ ⌘ (⌥⌘M), Windows and Linux name them joined by "+" (Ctrl+Alt+M). Main
// uses it in its messages and the renderer in Settings, so both say the same.
import { parseAccelerator, rawModifiers, type AcceleratorModifier, type PushToTalkCombination, type RawModifier } from './shortcutKeys';

export type KeyLabelPlatform = 'mac' | 'windows' | 'linux';

/** Node's process.platform (main) as a label platform. */
export function keyLabelPlatform(platform: string): KeyLabelPlatform {
  if (platform === 'darwin') return 'mac';
  if (platform === 'win32') return 'windows';
  return 'linux';
}

const acceleratorNames: Readonly<Record<KeyLabelPlatform, Record<AcceleratorModifier, string>>> = {
  mac: { CommandOrControl: '⌘', Control: '⌃', Alt: '⌥', Shift: '⇧', Super: '⌘' },
  windows: { CommandOrControl: 'Ctrl', Control: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Super: 'Win' },
  linux: { CommandOrControl: 'Ctrl', Control: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Super: 'Super' },
};

const rawNames: Readonly<Record<KeyLabelPlatform, Record<RawModifier, string>>> = {
  mac: { ctrl: '⌃', alt: '⌥', shift: '⇧', meta: '⌘' },
  windows: { ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift', meta: 'Win' },
  linux: { ctrl: 'Ctrl', alt: 'Alt', shift: 'Shift', meta: 'Super' },
};

/** Apple's order of modifier symbols (Control, Option, Shift, Command), as its menus show them. */
const appleModifierOrder = ['⌃', '⌥', '⇧', '⌘'];

function joined(platform: KeyLabelPlatform, modifiers: readonly string[], key: string): string {
  // Two names for one key (Ctrl for CommandOrControl and Control off macOS) are written once.
  const unique = [...new Set(modifiers)];
  if (platform !== 'mac') return [...unique, key].join('+');
  const ordered = unique.sort((a, b) => appleModifierOrder.indexOf(a) - appleModifierOrder.indexOf(b));
  return [...ordered, key].join('');
}

/** Toggle mute's accelerator as shown; an accelerator outside the safe set is shown as stored. */
export function acceleratorLabel(accelerator: string, platform: KeyLabelPlatform): string {
  const parts = parseAccelerator(accelerator);
  if (!parts) return accelerator;
  return joined(platform, parts.modifiers.map((modifier) => acceleratorNames[platform][modifier]), parts.key);
}

/** Push-to-talk's keys as shown. */
export function pushToTalkLabel(combination: PushToTalkCombination, platform: KeyLabelPlatform): string {
  const modifiers = rawModifiers.filter((modifier) => combination.modifiers.includes(modifier));
  return joined(platform, modifiers.map((modifier) => rawNames[platform][modifier]), combination.key);
}
