// The keys of the system-wide shortcuts as the settings keep them. Toggle mute is an Electron
// accelerator (what globalShortcut.register takes); push-to-talk is a modifier set and a key, the
// fields a raw keyboard hook (uiohook) reports. Both are restricted to keys every platform and
// both libraries read the same way: a letter, a digit, an F-key or Space, with at least one modifier.
import { z } from 'zod';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const digits = '0123456789'.split('');
const functionKeys = Array.from({ length: 24 }, (_, index) => `F${index + 1}`);
export const shortcutKeyNames = [...letters, ...digits, ...functionKeys, 'Space'] as const;
export type ShortcutKeyName = string;

export function isShortcutKeyName(key: string): key is ShortcutKeyName {
  return (shortcutKeyNames as readonly string[]).includes(key);
}

/**
 * Accelerator modifiers allowed, in the order they are written. CommandOrControl is the platform's
 * own command key (Cmd on macOS, Ctrl elsewhere), so a setting made on one computer means the same
 * on another; Control is macOS's ⌃ and Super is the Windows/Super key (⌘ again on macOS).
 */
export const acceleratorModifiers = ['CommandOrControl', 'Control', 'Alt', 'Shift', 'Super'] as const;
export type AcceleratorModifier = (typeof acceleratorModifiers)[number];

export interface AcceleratorParts {
  modifiers: AcceleratorModifier[];
  key: ShortcutKeyName;
}

const isAcceleratorModifier = (token: string): token is AcceleratorModifier => (acceleratorModifiers as readonly string[]).includes(token);

/** The accelerator's parts, or null when it is outside the safe set (no modifier, a repeated one, another key). */
export function parseAccelerator(accelerator: string): AcceleratorParts | null {
  const tokens = accelerator.split('+');
  const key = tokens.pop();
  if (key === undefined || !isShortcutKeyName(key) || tokens.length === 0) return null;
  if (!tokens.every(isAcceleratorModifier) || new Set(tokens).size !== tokens.length) return null;
  const modifiers = acceleratorModifiers.filter((modifier) => tokens.includes(modifier));
  return { modifiers, key };
}

/** The accelerator in its one written form (modifiers in the order above). */
export function formatAccelerator(parts: AcceleratorParts): string {
  const modifiers = acceleratorModifiers.filter((modifier) => parts.modifiers.includes(modifier));
  return [...modifiers, parts.key].join('+');
}

export const acceleratorSchema = z
  .string()
  .max(64)
  .transform((given, context) => {
    const parts = parseAccelerator(given.trim());
    if (parts) return formatAccelerator(parts);
    context.addIssue({ code: 'custom', message: 'Use at least one modifier with a letter, a digit, an F-key or Space.' });
    return z.NEVER;
  });

/** The modifier flags a raw key event carries, in the order they are written. */
export const rawModifiers = ['ctrl', 'alt', 'shift', 'meta'] as const;
export type RawModifier = (typeof rawModifiers)[number];

export interface PushToTalkCombination {
  modifiers: RawModifier[];
  key: ShortcutKeyName;
}

export const pushToTalkCombinationSchema = z
  .object({
    modifiers: z
      .array(z.enum(rawModifiers))
      .min(1)
      .max(rawModifiers.length)
      .refine((modifiers) => new Set(modifiers).size === modifiers.length, 'Each modifier once.')
      .transform((modifiers) => rawModifiers.filter((modifier) => modifiers.includes(modifier))),
    key: z.string().refine(isShortcutKeyName, 'A letter, a digit, an F-key or Space.'),
  })
  .strict();

/** Today's (and the first release's) keys: Ctrl/Cmd+Alt+M and Ctrl+Alt+Space. */
export const defaultToggleMuteAccelerator = 'CommandOrControl+Alt+M';
const defaultPushToTalkModifiers: RawModifier[] = ['ctrl', 'alt'];
export const defaultPushToTalkCombination: Readonly<PushToTalkCombination> = Object.freeze({ modifiers: defaultPushToTalkModifiers, key: 'Space' });

export const systemShortcutKeysSchema = z.object({
  toggleMute: acceleratorSchema.default(defaultToggleMuteAccelerator),
  pushToTalk: pushToTalkCombinationSchema.default({ modifiers: [...defaultPushToTalkCombination.modifiers], key: defaultPushToTalkCombination.key }),
});
export type SystemShortcutKeys = z.output<typeof systemShortcutKeysSchema>;
