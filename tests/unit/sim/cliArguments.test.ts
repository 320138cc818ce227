import { describe, expect, it } from 'vitest';
import { parseCliArguments, parseRooms } from '../../sim/cli/cliArguments';

describe('parseCliArguments', () => {
  it('reads port, rooms file and token expiry, in both flag styles', () => {
    expect(parseCliArguments(['--port', '0', '--rooms', 'r.json', '--token-expiry=30'])).toEqual({
      port: 0,
      roomsFile: 'r.json',
      tokenExpirySeconds: 30,
    });
  });

  it('reads a TLS certificate and key, only as a pair', () => {
    expect(parseCliArguments(['--tls-cert', 'c.pem', '--tls-key=k.pem'])).toEqual({ tlsCertFile: 'c.pem', tlsKeyFile: 'k.pem' });
    expect(() => parseCliArguments(['--tls-cert', 'c.pem'])).toThrow(/go together/);
  });

  it('reads --quirks as a switch that takes no value', () => {
    expect(parseCliArguments(['--quirks', '--port', '0'])).toEqual({ quirks: true, port: 0 });
    expect(() => parseCliArguments(['--quirks=yes'])).toThrow('--quirks takes no value');
  });

  it('rejects unknown flags, missing values and bad numbers', () => {
    expect(() => parseCliArguments(['--verbose'])).toThrow(/Unknown option/);
    expect(() => parseCliArguments(['--port'])).toThrow(/needs a value/);
    expect(() => parseCliArguments(['--port', '70000'])).toThrow(/integer/);
    expect(() => parseCliArguments(['--token-expiry', '0'])).toThrow(/integer/);
  });
});

describe('parseRooms', () => {
  it('reads the STUN servers, token alphabet and quirks of a room', () => {
    const rooms = parseRooms(JSON.stringify([{ alias: 'a', name: 'A', serviceType: 'conference', stunServers: ['stun:h:3478'], standardBase64Tokens: true, quirks: true }]));
    expect(rooms[0]).toMatchObject({ stunServers: ['stun:h:3478'], standardBase64Tokens: true, quirks: true });
    expect(() => parseRooms(JSON.stringify([{ alias: 'a', name: 'A', serviceType: 'conference', stunServers: [''] }]))).toThrow();
  });

  it('reads an SSO room\'s identity providers with img and disable_popup_flow, and refuses bad ones', () => {
    const providers = [
      { uuid: 'u1', name: 'Popup IdP', img: 'https://idp.example/logo.png' },
      { uuid: 'u2', name: 'Redirect IdP', disable_popup_flow: true },
    ];
    const [room] = parseRooms(JSON.stringify([{ alias: 'meet.s', name: 'S', serviceType: 'conference', ssoIdentityProviders: providers }]));
    expect(room?.ssoIdentityProviders).toEqual(providers);
    const withProvider = (provider: Record<string, unknown>) =>
      JSON.stringify([{ alias: 'meet.s', name: 'S', serviceType: 'conference', ssoIdentityProviders: [provider] }]);
    expect(() => parseRooms(withProvider({ uuid: 'u', name: 'N', disable_popup_flow: 'yes' }))).toThrow();
    // A misspelling would silently pick the popup flow: it is an error instead.
    expect(() => parseRooms(withProvider({ uuid: 'u', name: 'N', disablePopupFlow: true }))).toThrow(/disablePopupFlow/);
    expect(() => parseRooms(withProvider({ uuid: 'u', name: 'N', img: 'javascript:alert(1)' }))).toThrow(/data:image/);
    expect(() => parseRooms(withProvider({ uuid: '', name: 'N' }))).toThrow();
  });

  it('accepts a JSON array of rooms and rejects a malformed one', () => {
    const rooms = parseRooms('[{"alias":"meet.x","name":"X","serviceType":"lecture","hostPin":"9"}]');
    expect(rooms).toEqual([{ alias: 'meet.x', name: 'X', serviceType: 'lecture', hostPin: '9' }]);
    expect(() => parseRooms('[{"alias":"meet.x","serviceType":"party"}]')).toThrow();
  });
});
