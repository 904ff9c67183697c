import { createCipheriv, createDecipheriv, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';

/**
 * A sealed appeal (issue #7, point 3): hall staff may be the subject of an appeal, so its content is
 * sealed at the kiosk for the county alone. Hybrid encryption with an ephemeral X25519 key agreement,
 * HKDF-SHA256 and AES-256-GCM (the shape of RFC 9180 HPKE base mode, built from Node's primitives).
 * The kiosk holds only the county's public key, so nothing in the hall can open what it sealed.
 */
export const envelopeVersion = 'village-kiosk-sealed-appeal-v1';
export const envelopeKem = 'X25519';
export const envelopeKdf = 'HKDF-SHA256';
export const envelopeAead = 'AES-256-GCM';

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/);

export const SealedEnvelope = z
  .strictObject({
    version: z.literal(envelopeVersion),
    kem: z.literal(envelopeKem),
    kdf: z.literal(envelopeKdf),
    aead: z.literal(envelopeAead),
    /** The kiosk's one-time X25519 public key, raw 32 bytes. */
    ephemeralPublicKey: base64url.meta({ description: 'The one-time X25519 public key, 32 raw bytes, base64url.' }),
    nonce: base64url.meta({ description: 'The AES-GCM nonce, 12 bytes, base64url.' }),
    ciphertext: base64url.meta({ description: 'The sealed content (UTF-8 JSON of the answers), base64url.' }),
    tag: base64url.meta({ description: 'The AES-GCM tag, 16 bytes, base64url.' }),
    /** Bound as additional authenticated data: an envelope moved to another request does not open. */
    reference: z.string().min(1).max(20),
    serviceId: z.string().regex(/^[a-z0-9-]+$/),
  })
  .meta({
    description:
      'An appeal sealed for the county alone. Shared secret = X25519(ephemeral private, county public); key = HKDF-SHA256(secret, salt = ephemeralPublicKey || countyPublicKey (raw), info = version, 32 bytes); AES-256-GCM with additional data = version + "\\n" + reference + "\\n" + serviceId.',
  });
export type SealedEnvelope = z.infer<typeof SealedEnvelope>;

export type OpenError = 'wrong-key-or-tampered' | 'not-an-x25519-private-key' | 'malformed';
export type EnvelopeOpening = { ok: true; plaintext: string } | { ok: false; error: OpenError };

const keyBytes = 32;
const nonceBytes = 12;
const tagBytes = 16;

function rawPublicKey(key: KeyObject): Buffer {
  // An X25519 SPKI in DER is a fixed 12-byte header and the 32 raw key bytes.
  return key.export({ type: 'spki', format: 'der' }).subarray(-keyBytes);
}

function x25519PublicFromRaw(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') }, format: 'jwk' });
}

function aesKey(secret: Buffer, ephemeralRaw: Buffer, countyRaw: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.concat([ephemeralRaw, countyRaw]), envelopeVersion, keyBytes));
}

function associatedData(reference: string, serviceId: string): Buffer {
  return Buffer.from(`${envelopeVersion}\n${reference}\n${serviceId}`, 'utf8');
}

export function isX25519Key(key: KeyObject): boolean {
  return key.asymmetricKeyType === 'x25519';
}

/** Seals text for the holder of the county's private key. */
export function sealForCounty(countyPublicKey: KeyObject, plaintext: string, bound: { reference: string; serviceId: string }): SealedEnvelope {
  if (!isX25519Key(countyPublicKey) || countyPublicKey.type !== 'public') throw new Error('the county appeals key must be an X25519 public key');
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralRaw = rawPublicKey(ephemeral.publicKey);
  const secret = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: countyPublicKey });
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', aesKey(secret, ephemeralRaw, rawPublicKey(countyPublicKey)), nonce, { authTagLength: tagBytes });
  cipher.setAAD(associatedData(bound.reference, bound.serviceId));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    version: envelopeVersion,
    kem: envelopeKem,
    kdf: envelopeKdf,
    aead: envelopeAead,
    ephemeralPublicKey: ephemeralRaw.toString('base64url'),
    nonce: nonce.toString('base64url'),
    ciphertext: ciphertext.toString('base64url'),
    tag: cipher.getAuthTag().toString('base64url'),
    reference: bound.reference,
    serviceId: bound.serviceId,
  };
}

/** Opens an envelope with the county's private key. A wrong key and a changed byte look the same to GCM. */
export function openSealedEnvelope(countyPrivateKey: KeyObject, envelope: SealedEnvelope): EnvelopeOpening {
  if (!isX25519Key(countyPrivateKey) || countyPrivateKey.type !== 'private') return { ok: false, error: 'not-an-x25519-private-key' };
  const ephemeralRaw = Buffer.from(envelope.ephemeralPublicKey, 'base64url');
  const nonce = Buffer.from(envelope.nonce, 'base64url');
  const tag = Buffer.from(envelope.tag, 'base64url');
  if (ephemeralRaw.length !== keyBytes || nonce.length !== nonceBytes || tag.length !== tagBytes) return { ok: false, error: 'malformed' };
  try {
    const secret = diffieHellman({ privateKey: countyPrivateKey, publicKey: x25519PublicFromRaw(ephemeralRaw) });
    const countyRaw = rawPublicKey(createPublicKey(countyPrivateKey));
    const decipher = createDecipheriv('aes-256-gcm', aesKey(secret, ephemeralRaw, countyRaw), nonce, { authTagLength: tagBytes });
    decipher.setAAD(associatedData(envelope.reference, envelope.serviceId));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(Buffer.from(envelope.ciphertext, 'base64url')), decipher.final()]);
    return { ok: true, plaintext: plaintext.toString('utf8') };
  } catch {
    return { ok: false, error: 'wrong-key-or-tampered' };
  }
}
