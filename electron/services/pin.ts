import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// Sign-in PINs are stored only as a salted scrypt hash: `scrypt$N$r$p$salt$hash` (salt and hash in
// base64). The parameters travel with the hash so that they can be raised later without breaking old PINs.
// A PIN is short, so the hash is what keeps a copied case log from giving it away cheaply; scrypt's cost
// (about 50 ms here) is paid once per sign-in.
const N = 16384;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

export function hashPin(pin: string): string {
  const salt = randomBytes(SALT_BYTES);
  const hash = scryptSync(pin.normalize('NFC'), salt, KEY_BYTES, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Whether `pin` matches the stored hash; compared in constant time. A malformed hash matches nothing. */
export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((v) => Number.isSafeInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length === 0) return false;
  const actual = scryptSync(pin.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    ...params,
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  });
  return timingSafeEqual(actual, expected);
}
