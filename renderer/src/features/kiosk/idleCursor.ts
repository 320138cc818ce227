// Hides the mouse cursor on the room screen after a few idle seconds; any movement shows it.
const hiddenClass = 'kiosk-cursor-hidden';

export function hideCursorWhenIdle(idleMs = 3000, root: HTMLElement = document.documentElement): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const arm = (): void => {
    root.classList.remove(hiddenClass);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => root.classList.add(hiddenClass), idleMs);
  };
  const events = ['pointermove', 'pointerdown', 'keydown'] as const;
  for (const name of events) window.addEventListener(name, arm, { passive: true });
  arm();
  return () => {
    if (timer) clearTimeout(timer);
    for (const name of events) window.removeEventListener(name, arm);
    root.classList.remove(hiddenClass);
  };
}
