// A move into a breakout room (and back) is not an ending: the session stays in the meeting with the
// new room's details, the main room's chat stays, the roster is the new room's, and the person is
// told where they are. The breakouts store reports a refused command in words.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installBridge } from '../../../../../renderer/src/bridge';
import { setLocale } from '../../../../../renderer/src/i18n';
import { breakoutRoomName } from '../../../../../renderer/src/features/breakouts/breakoutTexts';
import { subscribeToBridge } from '../../../../../renderer/src/features/session/bridgeEvents';
import { useBreakoutsStore } from '../../../../../renderer/src/features/breakouts/breakoutsStore';
import { useChatStore } from '../../../../../renderer/src/features/chat/chatStore';
import { useRosterStore } from '../../../../../renderer/src/features/roster/rosterStore';
import { useSessionStore } from '../../../../../renderer/src/features/session/sessionStore';
import { createFakeBridge, joinedInfo, participant, type FakeBridge } from '../../fakeBridge';

describe('moving between breakout rooms', () => {
  let bridge: FakeBridge;

  beforeEach(async () => {
    setActivePinia(createPinia());
    bridge = createFakeBridge();
    installBridge(bridge.api);
    subscribeToBridge(bridge.api);
    const session = useSessionStore();
    Object.assign(session.form, { node: 'node.example.com', alias: 'meet.alice', displayName: 'Bob' });
    await session.join();
    bridge.emit({ type: 'roster', participants: [participant({ uuid: 'self-uuid' }), participant({ uuid: 'alice' })] });
    bridge.emit({
      type: 'chat',
      message: { origin: 'Alice', senderUuid: 'alice', type: 'text/plain', payload: 'See you in the rooms', direct: false, receivedAt: 1 },
    });
    useRosterStore().flush();
  });

  it('stays in the meeting with the new details, keeps the chat, takes the new roster and says where', () => {
    const session = useSessionStore();
    const moved = joinedInfo({ participantUuid: 'self-in-room', conferenceName: 'Room 1' });
    bridge.emit({ type: 'moved', info: moved, room: { breakoutUuid: 'r1', name: 'Room 1' } });
    expect(session.state).toBe('in_meeting');
    expect(session.ended).toBeNull();
    expect(session.info?.participantUuid).toBe('self-in-room');
    expect(useChatStore().messages.map((message) => message.payload)).toContain('See you in the rooms');
    useRosterStore().flush();
    expect(useRosterStore().participants).toEqual([]);
    const breakouts = useBreakoutsStore();
    expect(breakouts.location?.name).toBe('Room 1');
    expect(breakouts.announcement).toBe('You are in Room 1');

    bridge.emit({
      type: 'breakout_location',
      location: { breakoutUuid: 'r1', name: 'Room 1', endsAt: Date.now() + 30_000, endAction: 'transfer', guestsAllowedToLeave: true, helpRequested: false },
    });
    expect(breakouts.endingSoonNotice).toBe(true);

    bridge.emit({ type: 'moved', info: joinedInfo(), room: null });
    expect(session.state).toBe('in_meeting');
    expect(breakouts.location).toBeNull();
    expect(breakouts.announcement).toBe('You are back in the main room');
  });

  it("names a room the node gave no name \"Breakout room\" in the person's language, and a named one as it came", () => {
    const breakouts = useBreakoutsStore();
    bridge.emit({ type: 'moved', info: joinedInfo({ participantUuid: 'self-in-room' }), room: { breakoutUuid: 'r1', name: '' } });
    expect(breakouts.announcement).toBe('You are in Breakout room');
    expect(breakoutRoomName('')).toBe('Breakout room');
    setLocale('de');
    try {
      expect(breakoutRoomName('')).toBe('Breakout-Raum');
      expect(breakoutRoomName('Planung')).toBe('Planung');
      bridge.emit({ type: 'moved', info: joinedInfo(), room: null });
      bridge.emit({ type: 'moved', info: joinedInfo({ participantUuid: 'self-in-room' }), room: { breakoutUuid: 'r2', name: '' } });
      expect(breakouts.announcement).toBe('Sie sind in Breakout-Raum');
    } finally {
      setLocale('en');
    }
  });

  it("keeps a host's roster when only their media moved (same participant)", () => {
    bridge.emit({ type: 'moved', info: joinedInfo(), room: { breakoutUuid: 'r1', name: 'Room 1' } });
    useRosterStore().flush();
    expect(useRosterStore().participants.map((p) => p.uuid).sort()).toEqual(['alice', 'self-uuid']);
  });

  it('ignores a move when not in a meeting', async () => {
    const session = useSessionStore();
    await session.leave();
    bridge.emit({ type: 'moved', info: joinedInfo({ participantUuid: 'x' }), room: null });
    expect(session.state).toBe('idle');
    expect(session.info).toBeNull();
  });

  it('shows why a help request was refused', async () => {
    const refused = { ok: false as const, error: { code: 'forbidden' as const, message: 'The meeting server did not allow this.', detail: 'Permission denied' } };
    Object.assign(bridge.api, { askForHelp: vi.fn(async () => refused) });
    const breakouts = useBreakoutsStore();
    await breakouts.askForHelp();
    expect(breakouts.failure).toEqual({ action: 'Ask for help', message: 'The meeting server did not allow this. (Permission denied)' });
  });

  it('says a refusal and the move announcement again in the new language after a switch', async () => {
    const refused = {
      ok: false as const,
      error: { code: 'forbidden' as const, message: 'The meeting server did not allow this.', wording: 'forbidden' as const, detail: 'Permission denied' },
    };
    Object.assign(bridge.api, { breakoutParticipantAction: vi.fn(async () => refused) });
    const breakouts = useBreakoutsStore();
    bridge.emit({ type: 'moved', info: joinedInfo({ participantUuid: 'self-in-room' }), room: { breakoutUuid: 'r1', name: 'Planning' } });
    await breakouts.participantAction('r1', 'bob', 'mute', 'mute');
    expect(breakouts.announcement).toBe('You are in Planning');
    expect(breakouts.failure).toEqual({ action: 'Mute', message: 'The meeting server did not allow this. (Permission denied)' });
    setLocale('de');
    try {
      // The room's name and Pexip's own reason stay as they came.
      expect(breakouts.announcement).toBe('Sie sind in Planning');
      expect(breakouts.failure).toEqual({ action: 'Stummschalten', message: 'Der Meeting-Server hat dies nicht erlaubt. (Permission denied)' });
      bridge.emit({ type: 'moved', info: joinedInfo(), room: null });
      expect(breakouts.announcement).toBe('Sie sind wieder im Hauptraum');
      setLocale('en');
      expect(breakouts.announcement).toBe('You are back in the main room');
    } finally {
      setLocale('en');
    }
  });
});
