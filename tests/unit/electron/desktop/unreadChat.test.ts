// The unread chat count for the badge: a message is read only with the chat open in the full,
// shown and focused meeting window.
import { describe, expect, it } from 'vitest';
import { chatInView, createUnreadChat, type ChatView } from '../../../../electron/desktop';
import type { ChatMessage } from '../../../../electron/shared/meeting';

const inView: ChatView = { chatOpen: true, focused: true, shown: true, fullView: true };
const from = (senderUuid: string, type = 'text/plain'): ChatMessage => ({ origin: 'Bob', senderUuid, type, payload: 'hi', direct: false, receivedAt: 0 });
const self = 'self-uuid';

describe('when chat is in view', () => {
  it('only with the chat open in the full window, shown and focused', () => {
    expect(chatInView(inView)).toBe(true);
    for (const missing of ['chatOpen', 'focused', 'shown', 'fullView'] as const) expect(chatInView({ ...inView, [missing]: false }), missing).toBe(false);
  });
});

describe('the unread count', () => {
  it('counts while the chat is closed, as before', () => {
    const unread = createUnreadChat();
    expect(unread.message(from('bob'), self, { ...inView, chatOpen: false })).toBe(1);
  });

  it('counts with the chat open in a window that is not focused, minimized, hidden in the tray or shrunk to the mini window', () => {
    const unread = createUnreadChat();
    unread.message(from('bob'), self, { ...inView, focused: false });
    unread.message(from('bob'), self, { ...inView, focused: false, shown: false });
    unread.message(from('bob'), self, { ...inView, fullView: false });
    expect(unread.count).toBe(3);
  });

  it('does not count what is seen, our own messages or app messages', () => {
    const unread = createUnreadChat();
    expect(unread.message(from('bob'), self, inView)).toBe(0);
    expect(unread.message(from(self), self, { ...inView, focused: false })).toBe(0);
    expect(unread.message(from('bob', 'application/json'), self, { ...inView, focused: false })).toBe(0);
  });

  it('clears when the chat comes into view, not before; the meeting ending clears it', () => {
    const unread = createUnreadChat();
    unread.message(from('bob'), self, { ...inView, focused: false, chatOpen: false });
    unread.message(from('bob'), self, { ...inView, focused: false, chatOpen: false });
    expect(unread.viewChanged({ ...inView, chatOpen: false })).toBe(2);
    expect(unread.viewChanged({ ...inView, focused: false })).toBe(2);
    expect(unread.viewChanged(inView)).toBe(0);
    unread.message(from('bob'), self, { ...inView, shown: false });
    expect(unread.reset()).toBe(0);
  });
});
