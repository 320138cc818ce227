import { describe, expect, it } from 'vitest';
import {
  interpretTokenResponse,
  joinErrorForFailure,
  type JoinContext,
} from '../../../../../electron/infinity/session/joinOutcome';
import { tokenResult } from '../../../../support/fakeNode';

const context: JoinContext = { node: 'https://node.example.com', host: 'node.example.com', alias: 'meet.alice', pinSent: false };
const withPin: JoinContext = { ...context, pinSent: true };

function errorOf(status: number, body: unknown, ctx: JoinContext = context) {
  const outcome = interpretTokenResponse(status, body, ctx);
  if (outcome.kind !== 'failed') throw new Error('expected a failure');
  return outcome.error;
}

describe('interpretTokenResponse', () => {
  it('maps a 200 into JoinedInfo and keeps the token out of it', () => {
    const outcome = interpretTokenResponse(200, tokenResult({ role: 'GUEST', stun: [{ url: 'stun:127.0.0.1:3478' }] }), context);
    expect(outcome.kind).toBe('joined');
    if (outcome.kind !== 'joined') return;
    expect(outcome.session.token).toBe('SECRET-TOKEN-0');
    expect(outcome.session.expiresSeconds).toBe(120);
    expect(outcome.session.info).toEqual({
      node: 'https://node.example.com',
      alias: 'meet.alice',
      conferenceName: "Alice's VMR",
      displayName: 'Alice',
      participantUuid: 'self-uuid',
      role: 'guest',
      chatEnabled: true,
      serviceType: 'conference',
      currentServiceType: 'conference',
      callType: 'video',
      iceServers: [{ urls: ['stun:127.0.0.1:3478'] }, { urls: ['turn:127.0.0.1:3478'], username: 'u', credential: 'c' }],
      trickleIce: true,
      guestsCanPresent: true,
    });
    expect(JSON.stringify(outcome.session.info)).not.toContain('SECRET');
  });

  it('accepts the "True"/"False" strings of the API document example', () => {
    const outcome = interpretTokenResponse(200, tokenResult({ chat_enabled: 'False', guests_can_present: 'True' }), context);
    expect(outcome.kind === 'joined' && outcome.session.info.chatEnabled).toBe(false);
  });

  it('reports the waiting room as the current service type', () => {
    const outcome = interpretTokenResponse(200, tokenResult({ current_service_type: 'waiting_room' }), context);
    expect(outcome.kind === 'joined' && outcome.session.info.currentServiceType).toBe('waiting_room');
  });

  it('refuses a 200 without a usable token', () => {
    expect(errorOf(200, { status: 'success', result: { token: 'x' } }).code).toBe('rejected');
  });

  it('maps a PIN demand to pin_required with both roles', () => {
    const error = errorOf(403, { status: 'success', result: { pin: 'required', guest_pin: 'none', version: {} } });
    expect(error).toMatchObject({ code: 'pin_required', hostPin: 'required', guestPin: 'none' });
    expect(error.message).toMatch(/host PIN/);
  });

  it('maps "Invalid PIN" to invalid_pin when a PIN was entered', () => {
    expect(errorOf(403, { status: 'success', result: 'Invalid PIN' }, withPin)).toEqual({
      code: 'invalid_pin',
      message: 'The PIN is not correct. Check it and try again.',
      wording: 'invalidPin',
      detail: 'Invalid PIN',
    });
  });

  it('maps "Invalid PIN" to pin_required when no PIN was entered ("none" was refused)', () => {
    expect(errorOf(403, { status: 'success', result: 'Invalid PIN' })).toMatchObject({
      code: 'pin_required',
      hostPin: 'required',
      guestPin: 'required',
    });
  });

  it('maps a PIN demand after a PIN was entered to invalid_pin', () => {
    expect(errorOf(403, { status: 'success', result: { pin: 'required', guest_pin: 'required' } }, withPin).code).toBe('invalid_pin');
  });

  it('maps Virtual Reception answers (both shapes) to extension_required', () => {
    expect(errorOf(403, { status: 'success', result: { conference_extension: 'required', conference_extension_type: 'mssip' } })).toMatchObject({
      code: 'extension_required',
      extensionType: 'mssip',
    });
    expect(
      errorOf(403, { status: 'success', result: { conference_extension: 'standard', pin: 'none', guest_pin: 'none' } }),
    ).toMatchObject({ code: 'extension_required', extensionType: 'standard' });
  });

  it('maps an identity provider list to sso_required', () => {
    const body = { status: 'success', result: { idp: [{ uuid: 'idp-1', name: 'Entra ID', img: 'x' }], version: {} } };
    expect(errorOf(403, body)).toMatchObject({ code: 'sso_required', identityProviders: [{ uuid: 'idp-1', name: 'Entra ID' }] });
  });

  it('maps 404 to conference_not_found naming the alias and host', () => {
    const error = errorOf(404, { status: 'failed', result: 'Neither conference nor gateway found' });
    expect(error.code).toBe('conference_not_found');
    expect(error.message).toContain('meet.alice');
    expect(error.message).toContain('node.example.com');
    expect(errorOf(404, undefined).code).toBe('conference_not_found');
  });

  it('maps maintenance (503 or its text) to maintenance', () => {
    expect(errorOf(503, { status: 'failed', result: 'System in maintenance mode' }).code).toBe('maintenance');
    expect(errorOf(503, undefined).code).toBe('maintenance');
    expect(errorOf(403, { status: 'failed', result: 'SSO Authentication Failed. The system is in Maintenance mode' }).code).toBe('maintenance');
  });

  it('maps other Pexip text to rejected with the text as detail', () => {
    expect(errorOf(403, { status: 'failed', result: 'Participant limit reached' })).toEqual({
      code: 'rejected',
      message: 'The meeting is full. Try again later.',
      wording: 'meetingFull',
      detail: 'Participant limit reached',
    });
    expect(errorOf(415, { status: 'failed', result: 'Something odd' })).toMatchObject({ code: 'rejected', detail: 'Something odd' });
  });

  it('says a non-JSON answer does not come from a meeting server', () => {
    expect(errorOf(400, undefined).message).toContain('did not answer like a meeting server');
  });
});

describe('joinErrorForFailure', () => {
  it('maps transport failures', () => {
    expect(joinErrorForFailure({ kind: 'unreachable', code: 'ECONNREFUSED' }, context)).toEqual({
      code: 'node_unreachable',
      message: 'Parley could not reach node.example.com. Check the address and your network connection.',
      wording: 'unreachable',
      values: { host: 'node.example.com' },
      detail: 'ECONNREFUSED',
    });
    expect(joinErrorForFailure({ kind: 'tls', code: 'CERT_HAS_EXPIRED' }, context)).toMatchObject({
      code: 'tls_failure',
      detail: 'CERT_HAS_EXPIRED',
    });
    expect(joinErrorForFailure({ kind: 'http', status: 503 }, context).code).toBe('maintenance');
    expect(joinErrorForFailure({ kind: 'unknown', detail: 'x' }, context).code).toBe('rejected');
  });
});
