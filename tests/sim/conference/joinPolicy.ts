// Decides what request_token does for a room and a `pin` header, the way Infinity does:
// PIN rooms challenge with {pin, guest_pin}; the host PIN makes a Host, the guest PIN (or "none"
// where guests need no PIN) makes a Guest; anything else is an invalid PIN.
import type { RoomConfig } from './roomConfig';

export type JoinRole = 'HOST' | 'GUEST';

export type JoinDecision =
  | { kind: 'join'; role: JoinRole }
  | { kind: 'pin_required'; guestPin: 'required' | 'none' }
  | { kind: 'invalid_pin' };

export function decideJoin(room: RoomConfig, pinHeader: string | undefined): JoinDecision {
  if (room.hostPin === undefined) return { kind: 'join', role: 'HOST' };

  const guestsAllowed = room.allowGuests ?? true;
  const guestNeedsPin = !guestsAllowed || room.guestPin !== undefined;
  const pin = pinHeader?.trim() ?? '';

  if (pin === '') return { kind: 'pin_required', guestPin: guestNeedsPin ? 'required' : 'none' };
  if (pin === room.hostPin) return { kind: 'join', role: 'HOST' };
  if (guestsAllowed && room.guestPin !== undefined && pin === room.guestPin) return { kind: 'join', role: 'GUEST' };
  if (guestsAllowed && room.guestPin === undefined && pin === 'none') return { kind: 'join', role: 'GUEST' };
  return { kind: 'invalid_pin' };
}
