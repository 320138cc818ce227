import { afterEach, describe, expect, it } from 'vitest';
import { setLocale, t } from '../../../../../renderer/src/i18n';
import { kioskReasonText } from '../../../../../renderer/src/features/kiosk/kioskReasonText';
import { endedText } from '../../../../../renderer/src/features/join/joinMessages';

describe('endedText', () => {
  it('explains an ended session with the reason the core gave, so a node restart is not called an expiry', () => {
    expect(endedText('token_expired', 'The meeting server no longer accepts this connection, so the meeting ended.')).toBe(
      'The meeting server no longer accepts this connection, so the meeting ended.',
    );
    expect(endedText('token_expired', '')).toBe('Your session expired and could not be renewed');
  });

  it('names the node\'s own reason for a disconnect', () => {
    expect(endedText('disconnected', 'Conference ended')).toBe('You were disconnected: Conference ended');
    expect(endedText('connection_lost', '')).toBe('The connection to the meeting was lost');
  });
});

describe("Parley's own reasons a session ended", () => {
  afterEach(() => setLocale('en'));

  it("read as main's English in English and are translated by their code; the node's text stays as it came", () => {
    const ours = 'The meeting server ended your connection to the meeting.';
    expect(endedText('disconnected', ours, 'disconnected')).toBe(`You were disconnected: ${ours}`);
    setLocale('de');
    expect(endedText('disconnected', ours, 'disconnected')).toBe('Ihre Verbindung wurde getrennt: Der Meeting-Server hat Ihre Verbindung zum Meeting beendet.');
    expect(endedText('token_expired', 'x', 'tokenRefused')).toBe('Der Meeting-Server akzeptiert diese Verbindung nicht mehr, daher wurde das Meeting beendet.');
    expect(endedText('disconnected', 'Conference ended')).toBe('Ihre Verbindung wurde getrennt: Conference ended');
  });
});

describe('kiosk reasons', () => {
  afterEach(() => setLocale('en'));

  it('translate the room, session and join wordings and keep the display’s own text', () => {
    setLocale('fr');
    expect(kioskReasonText({ reason: 'The room could not join the meeting.', reasonWording: { kind: 'room', wording: 'joinFailed' } })).toBe("La salle n'a pas pu rejoindre la réunion.");
    expect(kioskReasonText({ reason: 'x', reasonWording: { kind: 'session', wording: 'left' } })).toBe('Vous avez quitté la réunion.');
    expect(kioskReasonText({ reason: 'x', reasonWording: { kind: 'join', wording: 'meetingFull' } })).toBe(t('joinError.meetingFull'));
    expect(kioskReasonText({ reason: 'Removed by host', reasonWording: null })).toBe('Removed by host');
    setLocale('en');
    expect(kioskReasonText({ reason: 'The room could not join the meeting.', reasonWording: { kind: 'room', wording: 'joinFailed' } })).toBe('The room could not join the meeting.');
  });
});
