// The admin PIN at rest: a salted scrypt hash ("scrypt$N$r$p$salt$hash", base64), so a copy of the
// configuration file does not give away the PIN that leaves kiosk mode. A clear `adminPin` (digits)
// is still read, and re-saved as `adminPinHash` (config/protectPins.ts).
import { randomBytes, scryptSync, timingSafeEqual, createHash } from 'node:crypto';

const cost = { N: 16_384, r: 8, p: 1 } as const;
const keyLength = 32;
/** Refuse parameters that would make one check take seconds or gigabytes (the file is not trusted). */
const maxN = 2 ** 17;
const maxMemory = 256 * 1024 * 1024;

export const adminPinHashPattern = /^scrypt\$(\d{1,7})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/]{16,64}={0,2})\$([A-Za-z0-9+/]{32,88}={0,2})$/;

export function isAdminPinHash(secret: string): boolean {
  return adminPinHashPattern.test(secret);
}

export function hashAdminPin(pin: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(pin, salt, keyLength, { ...cost, maxmem: maxMemory });
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Whether `pin` is the admin PIN `secret` stands for (a hash, or digits in clear); constant time. */
export function adminPinMatches(pin: string, secret: string): boolean {
  const parsed = adminPinHashPattern.exec(secret);
  if (!parsed) {
    const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
    return timingSafeEqual(digest(pin), digest(secret));
  }
  const [, n, r, p, salt = '', hash = ''] = parsed;
  const N = Number(n);
  // N must be a power of two above 1.
  if (N > maxN || N < 2 || (N & (N - 1)) !== 0 || Number(r) < 1 || Number(p) < 1) return false;
  const expected = Buffer.from(hash, 'base64');
  try {
    const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N, r: Number(r), p: Number(p), maxmem: maxMemory });
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}
