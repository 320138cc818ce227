import { afterEach, describe, expect, it } from 'vitest';
import { joinErrorText } from '../../../../../renderer/src/features/join/joinErrorText';
import { setLocale } from '../../../../../renderer/src/i18n';

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

  it('translate what the code says, and keep main words that carry the node’s names', () => {
    setLocale('de');
    expect(joinErrorText({ code: 'maintenance', message: joinMessages.maintenance })).toMatch(/Wartungsmodus/);
    const notFound = joinMessages.conferenceNotFound('meet.x', 'node.example.com');
    expect(joinErrorText({ code: 'conference_not_found', message: notFound })).toBe(notFound);
  });
});
