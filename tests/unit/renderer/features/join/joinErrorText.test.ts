import { afterEach, describe, expect, it } from 'vitest';
import { joinErrorText } from '../../../../../renderer/src/features/join/joinErrorText';
import { setLocale, t } from '../../../../../renderer/src/i18n';
import { supportedLocales } from '../../../../../renderer/src/i18n/locales';
import type { JoinError, JoinReason } from '../../../../../electron/shared/bridge';

// Main's English words (electron/infinity/session/joinMessages.ts), as the renderer receives them.
const joinMessages = {
  pinRequired: 'This meeting needs a PIN. Enter it to join.',
  hostPinOnly: 'Enter the host PIN to join as a host, or leave the PIN empty to join as a guest.',
  extensionRequired: 'Enter the number of the meeting you want to join.',
  ssoRequired: 'This meeting needs you to sign in with your organization account.',
  maintenance: 'The meeting server is in maintenance mode and not taking calls right now. Try again later.',
  invalidAddress: 'Enter a server address such as meet.example.com or https://meet.example.com.',
  alreadyJoined: 'You are already in a meeting. Leave it before joining another.',
  conferenceNotFound: (alias: string, host: string) => `There is no meeting called "${alias}" on ${host}. Check the meeting address.`,
};

describe('join refusals in the chosen language', () => {
  afterEach(() => setLocale('en'));

  it("say in English exactly what main says", () => {
    expect(joinErrorText({ code: 'maintenance', message: joinMessages.maintenance })).toBe(joinMessages.maintenance);
    expect(joinErrorText({ code: 'pin_required', message: joinMessages.pinRequired, hostPin: 'required', guestPin: 'required' })).toBe(joinMessages.pinRequired);
    expect(joinErrorText({ code: 'pin_required', message: joinMessages.hostPinOnly, hostPin: 'required', guestPin: 'none' })).toBe(joinMessages.hostPinOnly);
    expect(joinErrorText({ code: 'extension_required', message: joinMessages.extensionRequired, extensionType: 'standard' })).toBe(joinMessages.extensionRequired);
    expect(joinErrorText({ code: 'invalid_address', message: joinMessages.invalidAddress })).toBe(joinMessages.invalidAddress);
    expect(joinErrorText({ code: 'already_joined', message: joinMessages.alreadyJoined })).toBe(joinMessages.alreadyJoined);
    expect(joinErrorText({ code: 'sso_required', message: joinMessages.ssoRequired, identityProviders: [] })).toBe(joinMessages.ssoRequired);
  });

  it("translate what the code says; an older main's error without a wording keeps main's words", () => {
    setLocale('de');
    expect(joinErrorText({ code: 'maintenance', message: joinMessages.maintenance })).toMatch(/Wartungsmodus/);
    const notFound = joinMessages.conferenceNotFound('meet.x', 'node.example.com');
    expect(joinErrorText({ code: 'conference_not_found', message: notFound })).toBe(notFound);
    expect(joinErrorText({ code: 'conference_not_found', message: notFound, wording: 'conferenceNotFound', values: { alias: 'meet.x', host: 'node.example.com' } })).toBe(
      'Auf node.example.com gibt es kein Meeting namens „meet.x“. Prüfen Sie die Meeting-Adresse.',
    );
  });
});

describe("main's wordings, each translated", () => {
  afterEach(() => setLocale('en'));
  // Every JoinReason (electron/shared/coreCommands.ts); tests/unit/electron/infinity checks main's English matches.
  const reasons: JoinReason[] = [
    'pinRequired', 'hostPinOnly', 'invalidPin', 'extensionRequired', 'ssoRequired', 'conferenceNotFound', 'maintenance', 'unreachable', 'tlsFailure',
    'unencryptedNode', 'invalidAddress', 'alreadyJoined', 'invalidRequest', 'meetingFull', 'tooManyPinAttempts', 'serverBusy', 'notAPexipServer', 'rejected',
    'ssoCancelled', 'ssoRefused', 'ssoAssertionRejected', 'ssoExpired', 'ssoUnavailable', 'ssoUnknownProvider',
  ];
  const values = { alias: 'meet.<b>x</b>', host: 'node.example.com' };
  const worded = (wording: JoinReason, message = 'main English'): JoinError => ({ code: 'rejected', message, wording, values });

  it('are translated in every language, with the node and meeting names inserted as text', () => {
    const english = Object.fromEntries(reasons.map((reason) => [reason, t(`joinError.${reason}`, values)]));
    for (const locale of supportedLocales.filter((candidate) => candidate !== 'en')) {
      setLocale(locale);
      for (const reason of reasons) {
        const text = joinErrorText(worded(reason, english[reason]));
        expect(text, `${locale} ${reason}`).not.toBe(english[reason]);
        if (english[reason]?.includes(values.host)) expect(text, `${locale} ${reason}`).toContain(values.host);
        if (english[reason]?.includes(values.alias)) expect(text, `${locale} ${reason}`).toContain(values.alias);
      }
    }
  });

  it("say a failed single sign-on from main's own words in English and in German", () => {
    // As electron/infinity/session/ssoJoin.ts answers (joinWording.test.ts checks main's English is en.json's).
    const cancelled: JoinError = { code: 'sso_failed', reason: 'cancelled', message: 'Sign-in was cancelled. Sign in again to join.', wording: 'ssoCancelled' };
    const expired: JoinError = { code: 'sso_failed', reason: 'expired', message: 'Your sign-in expired before it could be used. Sign in again.', wording: 'ssoExpired', detail: 'SSO token expired' };
    expect(joinErrorText(cancelled)).toBe('Sign-in was cancelled. Sign in again to join.');
    expect(joinErrorText(expired)).toBe('Your sign-in expired before it could be used. Sign in again.');
    setLocale('de');
    expect(joinErrorText(cancelled)).toBe('Die Anmeldung wurde abgebrochen. Melden Sie sich erneut an, um teilzunehmen.');
    expect(joinErrorText(expired)).toMatch(/abgelaufen/);
  });

  it('tell a wrong PIN from too many tries, and a full meeting from a busy server', () => {
    setLocale('fr');
    expect(joinErrorText(worded('invalidPin'))).toMatch(/n'est pas correct/);
    expect(joinErrorText(worded('tooManyPinAttempts'))).toMatch(/Trop de codes PIN/);
    expect(joinErrorText(worded('meetingFull'))).not.toBe(joinErrorText(worded('serverBusy')));
    setLocale('ja');
    expect(joinErrorText({ code: 'node_unreachable', message: 'x', wording: 'unreachable', values: { host: 'meet.example.com' } })).toContain('meet.example.com に接続できません');
  });
});
