// Focus for modal dialogs: the dialog takes focus when it opens, Tab and Shift+Tab stay inside it
// while it is open (it is modal; Escape is the way out), and focus goes back where it was (or to
// the control that opened it) when it closes.
import { nextTick, onBeforeUnmount, onMounted, type Ref } from 'vue';

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

export function focusableIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(focusableSelector)].filter((element) => !element.closest('[hidden], [inert]'));
}

/** Keeps Tab inside `container`: from the last control to the first and back. */
export function keepTabInside(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  const focusable = focusableIn(container);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = container.ownerDocument.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

export interface DialogFocusOptions {
  /** Where focus returns on close when the element focused at opening is gone (a closed menu's item). */
  returnTo?: () => HTMLElement | null | undefined;
}

/** Wires a dialog's focus; call from its setup. The owner may focus a particular field itself. */
export function useDialogFocus(container: Ref<HTMLElement | null>, options: DialogFocusOptions = {}): (event: KeyboardEvent) => void {
  let opener: HTMLElement | null = null;
  onMounted(async () => {
    const active = globalThis.document?.activeElement;
    opener = active instanceof HTMLElement && active !== document.body ? active : null;
    await nextTick();
    const box = container.value;
    // Only when the owner has not already put focus in a field of its own.
    if (box && !box.contains(document.activeElement)) (focusableIn(box)[0] ?? box).focus();
  });
  onBeforeUnmount(() => {
    const target = opener?.isConnected ? opener : (options.returnTo?.() ?? null);
    // After the dialog is gone, so focus does not land inside it.
    if (target) void nextTick(() => target.isConnected && target.focus());
  });
  return (event: KeyboardEvent) => {
    if (container.value) keepTabInside(event, container.value);
  };
}
