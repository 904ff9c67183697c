import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/** What a staff member types on the PIN pad: 4 to 8 digits (issue #6). */
export const StaffPin = z.string().regex(/^\d{4,8}$/, '4 to 8 digits');

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * Issue #16.7: the OWASP Password Storage Cheat Sheet's scrypt parameters for interactive logins
 * (N=2^17, r=8, p=1: 128 MiB and about 0.35 s per hash on the 2-core test machine, against 0.07 s at the
 * 2^15 used before). Hashes made at an older cost still verify with the cost they carry, and are made
 * again at this one when their owner next signs in (pin-upgrade.ts).
 */
export const recommendedScryptCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const keyLength = 32;

function derive(pin: string, salt: Buffer, options: ScryptCost): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 128 * options.N * options.r * 2 };
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, keyLength, scryptOptions, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash`: what config keeps instead of a PIN. */
export async function hashPin(pin: string, options: ScryptCost = recommendedScryptCost): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, options);
  return ['scrypt', options.N, options.r, options.p, salt.toString('base64'), key.toString('base64')].join('$');
}

function costOf(pinHash: string): ScryptCost | undefined {
  const [scheme, n, r, p] = pinHash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p) return undefined;
  return { N: Number(n), r: Number(r), p: Number(p) };
}

/** Whether a hash was made at less than this cost (by default the recommended one), and should be made again. */
export function isBelowCost(pinHash: string, target: ScryptCost = recommendedScryptCost): boolean {
  const cost = costOf(pinHash);
  if (!cost) return false;
  return cost.N < target.N || cost.r < target.r || cost.p < target.p;
}

/** Whether a PIN matches a hash from hashPin, compared in constant time. A malformed hash matches nothing. */
export async function verifyPin(pin: string, pinHash: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = pinHash.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(pin, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
