// The rooms every simulator starts with (options.rooms add to or replace these by alias).
import type { RoomConfig } from './conference/roomConfig';

export const defaultRooms: RoomConfig[] = [
  { alias: 'meet.alice', name: "Alice's VMR", serviceType: 'conference' },
  { alias: 'meet.pin', name: 'PIN Room', serviceType: 'conference', hostPin: '1234', guestPin: '5678' },
  { alias: 'meet.guest', name: 'Open Guest Room', serviceType: 'conference', hostPin: '1234' },
  { alias: 'meet.reception', name: 'Virtual Reception', serviceType: 'reception' },
  { alias: 'meet.test', name: 'Test Call Service', serviceType: 'test_call' },
  {
    alias: 'meet.sso',
    name: 'SSO Room',
    serviceType: 'conference',
    // img: a picture on the node itself (made absolute in the idp list), as a real IdP's logo URL would be.
    ssoIdentityProviders: [{ uuid: '4fe19459-67b4-4e84-abb4-a3765a0a7e09', name: 'Parley Test IdP', img: '/idp/logo.jpg' }],
  },
  {
    // The redirect flow: the identity provider has disable_popup_flow.
    alias: 'meet.sso-redirect',
    name: 'SSO Redirect Room',
    serviceType: 'conference',
    ssoIdentityProviders: [{ uuid: '0b7c2f4e-9d61-4f3a-8c55-2a7e6f1d9b30', name: 'Parley Redirect IdP', disable_popup_flow: true }],
  },
  {
    alias: 'meet.auditorium',
    name: 'Virtual Auditorium',
    serviceType: 'lecture',
    hostPin: '1234',
    hostLayout: '1:7',
    guestLayout: '1:0',
    guestsCanSeeGuests: 'no_hosts',
  },
  { alias: 'meet.waiting', name: 'Waiting Room', serviceType: 'conference', hostPin: '1234', waitForHost: true },
  { alias: 'meet.nochat', name: 'No Chat Room', serviceType: 'conference', chatEnabled: false },
  { alias: 'meet.nocaptions', name: 'No Captions Room', serviceType: 'conference', liveCaptions: 'not_available' },
  { alias: 'meet.direct', name: 'Direct Media Room', serviceType: 'conference', directMedia: true },
  { alias: 'meet.nopresent', name: 'Hosts Present Room', serviceType: 'conference', hostPin: '1234', guestsCanPresent: false },
  // Older Infinity shapes: "True"/"False" flags, stun [{"url": ""}], '+' tokens, null event data.
  { alias: 'meet.quirks', name: 'Quirks Room', serviceType: 'conference', quirks: true },
];

/** Default rooms with `extra` merged in; an extra room replaces a default room with the same alias. */
export function mergeRooms(defaults: readonly RoomConfig[], extra: readonly RoomConfig[] = []): RoomConfig[] {
  const byAlias = new Map<string, RoomConfig>();
  for (const room of [...defaults, ...extra]) byAlias.set(room.alias.toLowerCase(), room);
  return [...byAlias.values()];
}
