import { beforeEach, describe, expect, it } from 'vitest';
import { useChatStore } from '../../../../../renderer/src/features/chat/chatStore';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import type { FakeBridge } from '../../fakeBridge';
import { freshStoresWithFakeBridge } from '../../freshStores';

describe('chat store', () => {
  let bridge: FakeBridge;

  beforeEach(async () => {
    localStorage.clear();
    ({ bridge } = freshStoresWithFakeBridge());
    const session = useSessionStore();
    Object.assign(session.form, { node: 'n', alias: 'a', displayName: 'Bob' });
    await session.join();
  });

  it('keeps the text and reports the error when sending fails, then sends it on retry', async () => {
    bridge.api.sendMessage.mockResolvedValueOnce({ ok: false, error: { code: 'failed', message: 'The node refused' } });
    const chat = useChatStore();
    chat.draft = 'Hello all';
    expect(await chat.send()).toBe(false);
    expect(chat.draft).toBe('Hello all');
    expect(chat.sendError).toContain('The node refused');
    expect(chat.messages).toHaveLength(0);

    expect(await chat.retry()).toBe(true);
    expect(bridge.api.sendMessage).toHaveBeenLastCalledWith({ text: 'Hello all' });
    expect(chat.draft).toBe('');
    expect(chat.sendError).toBeNull();
    expect(chat.messages.map((m) => [m.origin, m.payload, m.own])).toEqual([['Bob', 'Hello all', true]]);
  });

  it('does not send an empty message', async () => {
    const chat = useChatStore();
    chat.draft = '   ';
    expect(await chat.send()).toBe(false);
    expect(bridge.api.sendMessage).not.toHaveBeenCalled();
  });

  it('adds received messages and drops a relayed copy of our own', async () => {
    const chat = useChatStore();
    chat.draft = 'mine';
    await chat.send();
    const base = { type: 'text/plain', direct: false, receivedAt: 2 };
    chat.receive({ ...base, origin: 'Bob', senderUuid: 'self-uuid', payload: 'mine' });
    chat.receive({ ...base, origin: 'Ann', senderUuid: 'ann', payload: 'hello' });
    expect(chat.messages.map((m) => m.payload)).toEqual(['mine', 'hello']);
  });
});
