// Quitting waits for the meeting's leave (release_token). before-quit is cancelled while a leave
// runs and app.quit() is called again once it has settled. The leave may already be running
// (closing the window starts one) while the meeting already counts as ended, so "is a leave in
// flight" matters as much as "are we joined".
import { app } from 'electron';

/** `leave` starts or returns the leave in flight, or null when there is nothing to wait for. */
export function quitAfterLeave(leave: () => Promise<void> | null): void {
  let leaving: Promise<void> | null = null;
  let left = false;
  app.on('before-quit', (event) => {
    if (left) return;
    const pending = leaving ?? leave();
    if (!pending) return;
    event.preventDefault();
    leaving ??= pending
      .catch(() => undefined)
      .finally(() => {
        left = true;
        app.quit();
      });
  });
}
