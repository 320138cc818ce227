// When a native notification fires and what it says: focus, kind, setting, host role, kiosk.
import { describe, expect, it } from 'vitest';
import { createNotificationPolicy, defaultNotifications, desktopTexts, notificationBody, notificationText, type NotificationContext } from './notificationFixtures';
import type { BridgeEvent } from '../../../../electron/shared/bridge';
import { joinedInfo, participant } from '../../../support/meetingBuilders';

const self = { uuid: 'me', role: 'host' as const, alias: 'team', meetingName: 'Team sync' };
const away: NotificationContext = { focused: false, kiosk: false, settings: defaultNotifications, self };
const at = <T extends object>(body: T) => ({ ...body, receivedAt: 1 }) as unknown as BridgeEvent;
const chat = (payload: string, direct = false, senderUuid = 'ann') =>
  at({ type: 'chat', message: { origin: 'Ann', senderUuid, type: 'text/plain', payload, direct, receivedAt: 1 } });
const policy = () => createNotificationPolicy(() => desktopTexts('en'));

describe('chat messages', () => {
  it('notify when Parley is not focused, with the sender and the line as plain text', () => {
    expect(policy().consider(chat('Slides are up <b>now</b>'), away)).toEqual({
      kind: 'chat',
      target: 'chat',
      title: 'Ann in the meeting chat',
      body: 'Slides are up <b>now</b>',
    });
  });

  it('not while focused, not on a room system, not our own, not application/json', () => {
    expect(policy().consider(chat('hi'), { ...away, focused: true })).toBeNull();
    expect(policy().consider(chat('hi'), { ...away, kiosk: true })).toBeNull();
    expect(policy().consider(chat('hi', false, 'me'), away)).toBeNull();
    expect(policy().consider(at({ type: 'chat', message: { origin: 'App', senderUuid: 'x', type: 'application/json', payload: '{}', direct: false, receivedAt: 1 } }), away)).toBeNull();
  });

  it('the chat setting off silences messages to everyone, never a direct message', () => {
    const quiet = { ...away, settings: { ...defaultNotifications, chat: false } };
    expect(policy().consider(chat('to all'), quiet)).toBeNull();
    expect(policy().consider(chat('just you', true), quiet)).toMatchObject({ kind: 'directChat', title: 'Direct message from Ann', body: 'just you' });
  });

  it('a long line is cut with an ellipsis, a name too; control characters become spaces', () => {
    const notice = policy().consider(at({ type: 'chat', message: { origin: `${'N'.repeat(100)}\u202e`, senderUuid: 'x', type: 'text/plain', payload: `a\nb\u0000${'x'.repeat(400)}`, direct: false, receivedAt: 1 } }), away);
    expect(notice?.body.startsWith('a b x')).toBe(true);
    expect(Array.from(notice?.body ?? '')).toHaveLength(180);
    expect(notice?.body.endsWith('…')).toBe(true);
    expect(notice?.title).toBe(`${'N'.repeat(63)}… in the meeting chat`);
  });
});

describe("hosts' notifications", () => {
  const waiting = participant({ uuid: 'bob', displayName: 'Bob', serviceType: 'waiting_room' });

  it('someone waiting to be admitted, once, leading to the lobby', () => {
    const rules = policy();
    expect(rules.consider(at({ type: 'participant_created', participant: waiting }), away)).toEqual({
      kind: 'waitingToBeAdmitted',
      target: 'lobby',
      title: 'Someone is waiting to be admitted',
      body: 'Bob is waiting to join Team sync.',
    });
    expect(rules.consider(at({ type: 'participant_updated', participant: { ...waiting, displayName: 'Bob B' } }), away)).toBeNull();
  });

  it('a raised hand, once per raise, leading to the roster', () => {
    const rules = policy();
    const carol = participant({ uuid: 'carol', displayName: 'Carol' });
    expect(rules.consider(at({ type: 'participant_created', participant: carol }), away)).toBeNull();
    expect(rules.consider(at({ type: 'participant_updated', participant: { ...carol, buzzTime: 100 } }), away)).toMatchObject({ kind: 'raisedHand', target: 'roster', title: 'Carol raised their hand', body: 'In Team sync' });
    expect(rules.consider(at({ type: 'participant_updated', participant: { ...carol, buzzTime: 100, isMuted: true } }), away)).toBeNull();
    expect(rules.consider(at({ type: 'participant_updated', participant: { ...carol, buzzTime: 0 } }), away)).toBeNull();
    expect(rules.consider(at({ type: 'participant_updated', participant: { ...carol, buzzTime: 200 } }), away)).toMatchObject({ kind: 'raisedHand' });
  });

  it('a hand raised while Parley had focus is not announced later', () => {
    const rules = policy();
    const carol = participant({ uuid: 'carol', displayName: 'Carol', buzzTime: 0 });
    rules.consider(at({ type: 'participant_created', participant: carol }), away);
    expect(rules.consider(at({ type: 'participant_updated', participant: { ...carol, buzzTime: 5 } }), { ...away, focused: true })).toBeNull();
    expect(rules.consider(at({ type: 'participant_updated', participant: { ...carol, buzzTime: 5, isMuted: true } }), away)).toBeNull();
  });

  it('guests are not told; the settings switch each kind off; a resync announces nobody', () => {
    expect(policy().consider(at({ type: 'participant_created', participant: waiting }), { ...away, self: { ...self, role: 'guest' } })).toBeNull();
    expect(policy().consider(at({ type: 'participant_created', participant: waiting }), { ...away, settings: { ...defaultNotifications, waitingToBeAdmitted: false } })).toBeNull();
    const rules = policy();
    rules.consider(at({ type: 'roster', participants: [] }), away);
    expect(rules.consider(at({ type: 'roster', participants: [waiting] }), away)).toBeNull();
    expect(rules.consider(at({ type: 'participant_updated', participant: waiting }), away)).toBeNull();
    const hands = policy();
    hands.consider(at({ type: 'participant_created', participant: participant({ uuid: 'd' }) }), away);
    expect(hands.consider(at({ type: 'participant_updated', participant: participant({ uuid: 'd', buzzTime: 9 }) }), { ...away, settings: { ...defaultNotifications, raisedHand: false } })).toBeNull();
  });
});

describe('people already waiting when a host joins', () => {
  const waiting = (uuid: string, displayName: string) => participant({ uuid, displayName, serviceType: 'waiting_room' });
  const here = participant({ uuid: 'carol', displayName: 'Carol' });
  const me = participant({ uuid: 'me', displayName: 'Me', serviceType: 'conference' });

  it('one in the first roster is told by name, as one who arrives later, and not again when they update', () => {
    const rules = policy();
    expect(rules.consider(at({ type: 'roster', participants: [me, here, waiting('bob', 'Bob')] }), away)).toEqual({
      kind: 'waitingToBeAdmitted',
      target: 'lobby',
      title: 'Someone is waiting to be admitted',
      body: 'Bob is waiting to join Team sync.',
    });
    expect(rules.consider(at({ type: 'participant_updated', participant: waiting('bob', 'Bob B') }), away)).toBeNull();
    // Someone arriving afterwards is still told.
    expect(rules.consider(at({ type: 'participant_created', participant: waiting('dan', 'Dan') }), away)).toMatchObject({ body: 'Dan is waiting to join Team sync.' });
  });

  it('several are summarised as a count, in the person\'s language', () => {
    const roster = at({ type: 'roster', participants: [me, waiting('a', 'A'), waiting('b', 'B'), waiting('c', 'C')] });
    expect(policy().consider(roster, away)).toEqual({ kind: 'waitingToBeAdmitted', target: 'lobby', title: '3 people are waiting to be admitted', body: 'They are waiting to join Team sync.' });
    expect(createNotificationPolicy(() => desktopTexts('de')).consider(roster, away)).toMatchObject({ title: '3 Personen warten auf Einlass' });
  });

  it('not for guests, with the setting off, while focused, for ourselves waiting, or in a later sync (a reconnect)', () => {
    const roster = at({ type: 'roster', participants: [waiting('bob', 'Bob')] });
    expect(policy().consider(roster, { ...away, self: { ...self, role: 'guest' } })).toBeNull();
    expect(policy().consider(roster, { ...away, settings: { ...defaultNotifications, waitingToBeAdmitted: false } })).toBeNull();
    expect(policy().consider(roster, { ...away, focused: true })).toBeNull();
    expect(policy().consider(at({ type: 'roster', participants: [waiting('me', 'Me')] }), away)).toBeNull();
    const rules = policy();
    rules.consider(at({ type: 'roster', participants: [here] }), away);
    expect(rules.consider(roster, away)).toBeNull();
  });

  it('the next meeting\'s first roster is a first roster again', () => {
    const rules = policy();
    rules.consider(at({ type: 'roster', participants: [here] }), away);
    rules.consider(at({ type: 'session_ended', code: 'left', reason: '' }), away);
    expect(rules.consider(at({ type: 'roster', participants: [waiting('bob', 'Bob')] }), away)).toMatchObject({ kind: 'waitingToBeAdmitted' });
  });
});

describe('moved, transferred, ended', () => {
  it('a breakout move names the room; back in the main room names the meeting; another meeting is a transfer', () => {
    const rules = policy();
    expect(rules.consider(at({ type: 'moved', info: joinedInfo({ alias: 'team', conferenceName: 'Team sync' }), room: { breakoutUuid: 'b1', name: 'Room 1' } }), away)).toEqual({
      kind: 'movedOrTransferred',
      target: 'meeting',
      title: 'You were moved',
      body: 'You are now in the breakout room Room 1.',
    });
    expect(rules.consider(at({ type: 'moved', info: joinedInfo({ alias: 'team', conferenceName: 'Team sync' }), room: { breakoutUuid: 'b2', name: '' } }), away)).toMatchObject({
      body: 'You are now in a breakout room.',
    });
    expect(rules.consider(at({ type: 'moved', info: joinedInfo({ alias: 'team', conferenceName: 'Team sync' }), room: null }), away)).toMatchObject({ body: 'You are back in the main meeting, Team sync.' });
    expect(rules.consider(at({ type: 'moved', info: joinedInfo({ alias: 'sales', conferenceName: 'Sales' }), room: null }), away)).toMatchObject({ title: 'You were transferred', body: 'You are now in Sales.' });
    expect(rules.consider(at({ type: 'moved', info: joinedInfo({ alias: 'x' }), room: null }), { ...away, settings: { ...defaultNotifications, movedOrTransferred: false } })).toBeNull();
  });

  it('the meeting ending notifies with the node\'s reason; our own Leave does not', () => {
    expect(policy().consider(at({ type: 'session_ended', code: 'disconnected', reason: 'The host ended the meeting' }), away)).toEqual({
      kind: 'meetingEnded',
      target: 'meeting',
      title: 'Team sync ended',
      body: 'The host ended the meeting',
    });
    expect(policy().consider(at({ type: 'session_ended', code: 'left', reason: 'You left' }), away)).toBeNull();
    expect(policy().consider(at({ type: 'session_ended', code: 'connection_lost', reason: '' }), { ...away, self: null })).toMatchObject({ title: 'The meeting ended', body: 'You are no longer in the meeting.' });
    expect(policy().consider(at({ type: 'session_ended', code: 'disconnected', reason: 'x' }), { ...away, settings: { ...defaultNotifications, meetingEnded: false } })).toBeNull();
  });

  it('texts follow the language', () => {
    const german = createNotificationPolicy(() => desktopTexts('de'));
    expect(german.consider(chat('Hallo', true), away)?.title).toBe('Direktnachricht von Ann');
  });
});

describe('notification text', () => {
  it('is one trimmed line, cut by whole characters', () => {
    expect(notificationText('  a\t\tb\r\nc  ', 10)).toBe('a b c');
    expect(notificationText('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('escapes markup only for Linux notification servers, which read the body as markup', () => {
    expect(notificationBody('<a href="x">A & B</a>', 'linux')).toBe('&lt;a href="x"&gt;A &amp; B&lt;/a&gt;');
    expect(notificationBody('<b>A & B</b>', 'darwin')).toBe('<b>A & B</b>');
    expect(notificationBody('<b>A & B</b>', 'win32')).toBe('<b>A & B</b>');
  });
});
