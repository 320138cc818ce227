// Checks the admin PIN (a salted hash, or digits in clear until re-saved) with a growing lockout
// after wrong guesses, kept on disk, so the PIN cannot be found by trying every number at the
// room's touch screen, restarts or not. A room without an admin PIN accepts none.
import { adminPinMatches } from './adminPinHash';
import { createMemoryLockoutStore, type LockoutStore } from './adminPinLockout';

export type AdminPinVerdict = 'accepted' | 'wrong' | 'locked' | 'not_set';

export interface AdminPinCheck {
  check(pin: string): Promise<AdminPinVerdict>;
}

/** Three free tries, then 30 s, 60 s, … up to 15 minutes. */
export function lockoutAfter(failures: number): number {
  return failures >= 3 ? Math.min(15 * 60_000, 30_000 * 2 ** Math.min(failures - 3, 10)) : 0;
}

export function createAdminPinCheck(
  expected: () => string | undefined,
  store: LockoutStore = createMemoryLockoutStore(),
  now: () => number = Date.now,
): AdminPinCheck {
  // One check at a time: parallel guesses must not each see the old failure count.
  let queue: Promise<unknown> = Promise.resolve();
  async function check(pin: string): Promise<AdminPinVerdict> {
    const secret = expected();
    if (secret === undefined) return 'not_set';
    const state = await store.read();
    if (now() < state.lockedUntil) return 'locked';
    if (adminPinMatches(pin, secret)) {
      if (state.failures !== 0 || state.lockedUntil !== 0) await store.write({ failures: 0, lockedUntil: 0 });
      return 'accepted';
    }
    const failures = state.failures + 1;
    const wait = lockoutAfter(failures);
    await store.write({ failures, lockedUntil: wait > 0 ? now() + wait : 0 });
    return 'wrong';
  }
  return {
    check(pin) {
      const result = queue.then(() => check(pin));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
