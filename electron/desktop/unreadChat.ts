// The unread chat count for the dock/taskbar badge. A message is read only when its person can see
// it: the chat panel is open in the full meeting window, and that window is shown and has focus.
// Anything else (chat closed, the window behind another app, minimized, hidden in the tray, shrunk
// to the mini window) leaves it unread; the count clears once the chat is in view again.
import type { ChatMessage } from '../shared/meeting';

export interface ChatView {
  /** The renderer's chat panel is open. */
  chatOpen: boolean;
  /** The meeting window has focus. */
  focused: boolean;
  /** The meeting window is on screen (visible and not minimized). */
  shown: boolean;
  /** The window is in its full view, not the mini window (which shows no chat). */
  fullView: boolean;
}

export const chatInView = (view: ChatView): boolean => view.chatOpen && view.focused && view.shown && view.fullView;

export interface UnreadChat {
  /** A chat message arrived; answers the count. */
  message(message: ChatMessage, selfUuid: string | null, view: ChatView): number;
  /** The window or the chat panel changed; answers the count. */
  viewChanged(view: ChatView): number;
  /** The meeting ended: nothing is unread. */
  reset(): number;
  readonly count: number;
}

export function createUnreadChat(): UnreadChat {
  let count = 0;
  return {
    message(message, selfUuid, view) {
      // Our own messages and app messages (application/json) are never unread, as in the chat panel.
      const fromOthers = message.type === 'text/plain' && message.senderUuid !== selfUuid;
      if (fromOthers && !chatInView(view)) count += 1;
      return count;
    },
    viewChanged(view) {
      if (chatInView(view)) count = 0;
      return count;
    },
    reset() {
      count = 0;
      return count;
    },
    get count() {
      return count;
    },
  };
}
