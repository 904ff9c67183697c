import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/** What a staff member types on the PIN pad: 4 to 8 digits (issue #6). */
export const StaffPin = z.string().regex(/^\d{4,8}$/, '4 to 8 digits');

/** OWASP's scrypt minimum (N=2^17 would stall a small kiosk for most of a second per sign-in). */
const defaults = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;

function derive(pin: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 128 * options.N * options.r * 2 };
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, keyLength, scryptOptions, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash`: what config keeps instead of a PIN. */
export async function hashPin(pin: string, options: { N: number; r: number; p: number } = defaults): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, options);
  return ['scrypt', options.N, options.r, options.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether a PIN matches a hash from hashPin, compared in constant time. A malformed hash matches nothing. */
export async function verifyPin(pin: string, pinHash: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = pinHash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(pin, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
