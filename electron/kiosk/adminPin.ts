// Checks the admin PIN in constant time, with a growing lockout after wrong guesses so the PIN
// cannot be found by trying every number at the room's touch screen.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

export interface AdminPinCheck {
  /** true: correct; false: wrong or locked out for now. */
  check(pin: string): boolean;
}

export function createAdminPinCheck(expected: () => string | undefined, now: () => number = Date.now): AdminPinCheck {
  let failures = 0;
  let lockedUntil = 0;
  return {
    check(pin) {
      const wanted = expected();
      if (wanted === undefined) return true;
      if (now() < lockedUntil) return false;
      if (timingSafeEqual(digest(pin), digest(wanted))) {
        failures = 0;
        return true;
      }
      failures += 1;
      // Three free tries, then 30 s, 60 s, … up to 15 minutes.
      if (failures >= 3) lockedUntil = now() + Math.min(15 * 60_000, 30_000 * 2 ** (failures - 3));
      return false;
    },
  };
}
