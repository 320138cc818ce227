// The per-meeting stores start and end with a join: a new join clears the last meeting, and chat
// knows who we are only while we are in a meeting.
import type { ChatMessage } from '../../../../../electron/shared/meeting';
import { beforeEach, describe, expect, it } from 'vitest';
import { useChatStore } from '../../../../../renderer/src/features/chat/chatStore';
import { useMeetingControlsStore } from '../../../../../renderer/src/features/hostControls/meetingControlsStore';
import { useRosterStore } from '../../../../../renderer/src/features/roster/rosterStore';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import { joinedInfo, participant } from '../../fakeBridge';
import { freshStoresWithFakeBridge } from '../../freshStores';

function chatMessage(senderUuid: string, payload: string): ChatMessage {
  return { origin: 'Bob', senderUuid, type: 'text/plain', payload, direct: false, receivedAt: 1 };
}

async function joinAs(displayName: string): Promise<void> {
  const session = useSessionStore();
  Object.assign(session.form, { node: 'n', alias: 'a', displayName });
  await session.join();
}

describe('meeting reset', () => {
  beforeEach(() => {
    localStorage.clear();
    freshStoresWithFakeBridge();
  });

  it('clears roster, chat and controls from the last meeting when a join starts', async () => {
    useRosterStore().replace([participant({ uuid: 'pat' })]);
    useChatStore().receive(chatMessage('pat', 'old'));
    useMeetingControlsStore().refused = { action: { key: 'roster.menu.mute', person: 'Pat', nameAfter: true }, error: { code: 'forbidden', message: 'refused' } };
    const joining = joinAs('Bob');
    // Cleared before join answers: the new meeting's events may come first.
    expect(useRosterStore().participants).toEqual([]);
    expect(useChatStore().messages).toEqual([]);
    expect(useMeetingControlsStore().failure).toBeNull();
    await joining;
  });

  it('tells chat who we are while joined, and forgets it on leave', async () => {
    await joinAs('Bob');
    const chat = useChatStore();
    chat.receive({ ...chatMessage('self-uuid', 'from another device'), direct: true });
    expect(chat.messages.at(-1)?.own).toBe(true);
    await useSessionStore().leave();
    chat.receive({ ...chatMessage('self-uuid', 'after leaving'), direct: true });
    expect(chat.messages.at(-1)?.own).toBe(false);
  });

  it('restores chat and roster from main, with our own messages marked', async () => {
    const { bridge } = freshStoresWithFakeBridge();
    bridge.api.getSnapshot.mockResolvedValueOnce({
      ok: true,
      value: {
        info: joinedInfo({ participantUuid: 'me' }),
        participants: [participant({ uuid: 'me' })],
        chatHistory: [chatMessage('me', 'mine'), chatMessage('pat', 'theirs')],
        conference: null,
        stage: [],
        layout: null,
        presentation: null,
        connection: 'connected',
      },
    });
    expect(await useSessionStore().restoreFromMain()).toBe(true);
    expect(useChatStore().messages.map((m) => m.own)).toEqual([true, false]);
    expect(useRosterStore().participants.map((p) => p.uuid)).toEqual(['me']);
  });
});
