import { describe, expect, it } from 'vitest';
import { decideJoin } from '../../sim/conference/joinPolicy';
import type { RoomConfig } from '../../sim/conference/roomConfig';

const open: RoomConfig = { alias: 'a', name: 'A', serviceType: 'conference' };
const twoPins: RoomConfig = { ...open, hostPin: '1234', guestPin: '5678' };
const guestsFree: RoomConfig = { ...open, hostPin: '1234' };
const hostsOnly: RoomConfig = { ...open, hostPin: '1234', allowGuests: false };

describe('decideJoin', () => {
  it('makes everyone a host where there is no PIN, whatever the header', () => {
    expect(decideJoin(open, undefined)).toEqual({ kind: 'join', role: 'HOST' });
    expect(decideJoin(open, 'none')).toEqual({ kind: 'join', role: 'HOST' });
  });

  it('challenges a missing or empty PIN, saying whether guests need one', () => {
    expect(decideJoin(twoPins, undefined)).toEqual({ kind: 'pin_required', guestPin: 'required' });
    expect(decideJoin(twoPins, '  ')).toEqual({ kind: 'pin_required', guestPin: 'required' });
    expect(decideJoin(guestsFree, '')).toEqual({ kind: 'pin_required', guestPin: 'none' });
    expect(decideJoin(hostsOnly, undefined)).toEqual({ kind: 'pin_required', guestPin: 'required' });
  });

  it('maps the host PIN to Host and the guest PIN to Guest', () => {
    expect(decideJoin(twoPins, '1234')).toEqual({ kind: 'join', role: 'HOST' });
    expect(decideJoin(twoPins, '5678')).toEqual({ kind: 'join', role: 'GUEST' });
  });

  it('lets "none" in as a guest only where guests need no PIN', () => {
    expect(decideJoin(guestsFree, 'none')).toEqual({ kind: 'join', role: 'GUEST' });
    expect(decideJoin(twoPins, 'none')).toEqual({ kind: 'invalid_pin' });
    expect(decideJoin(hostsOnly, 'none')).toEqual({ kind: 'invalid_pin' });
  });

  it('refuses a wrong PIN', () => {
    expect(decideJoin(twoPins, '0000')).toEqual({ kind: 'invalid_pin' });
    expect(decideJoin(hostsOnly, '5678')).toEqual({ kind: 'invalid_pin' });
  });
});
