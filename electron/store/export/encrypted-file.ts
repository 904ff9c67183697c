import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';

/**
 * The kiosk's encrypted export (issue #8), format 1. Documented in README.md, "Nothing lost":
 *
 *   "VSKEXPORT\n"                 10 bytes, ASCII
 *   header length                 4 bytes, unsigned big-endian
 *   header                        JSON, UTF-8: { format: 1, kdf: { name: "scrypt", N, r, p, salt },
 *                                 cipher: { name: "aes-256-gcm", iv }, createdAt } (salt, iv in base64)
 *   ciphertext                    AES-256-GCM of the contents, with everything above as additional data
 *   tag                           the last 16 bytes
 *
 * The key is scrypt(passphrase, salt, 32 bytes, { N, r, p }). A wrong passphrase and a changed byte
 * anywhere (header included) are both refused by the tag.
 */
export const exportMagic = Buffer.from('VSKEXPORT\n', 'ascii');

/** OWASP's scrypt setting for a rare, deliberate act: about a second and 128 MiB. */
const kdfDefaults = { N: 2 ** 17, r: 8, p: 1 } as const;
const tagBytes = 16;

const ExportHeader = z.strictObject({
  format: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    // Bounded, so a crafted file cannot make the opener use gigabytes.
    N: z.int().min(2 ** 14).max(2 ** 20),
    r: z.int().min(1).max(16),
    p: z.int().min(1).max(4),
    salt: z.base64(),
  }),
  cipher: z.strictObject({ name: z.literal('aes-256-gcm'), iv: z.base64() }),
  createdAt: z.iso.datetime(),
});
export type ExportHeader = z.infer<typeof ExportHeader>;

function deriveKey(passphrase: string, kdf: ExportHeader['kdf']): Buffer {
  return scryptSync(passphrase.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + 1024 * 1024 });
}

export function encryptExport(contents: Buffer, passphrase: string, options: { now?: Date; kdf?: { N: number; r: number; p: number } } = {}): Buffer {
  const header: ExportHeader = {
    format: 1,
    kdf: { name: 'scrypt', ...(options.kdf ?? kdfDefaults), salt: randomBytes(16).toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: randomBytes(12).toString('base64') },
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const preamble = Buffer.concat([exportMagic, length, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(passphrase, header.kdf), Buffer.from(header.cipher.iv, 'base64'));
  cipher.setAAD(preamble);
  return Buffer.concat([preamble, cipher.update(contents), cipher.final(), cipher.getAuthTag()]);
}

export type ExportOpening = { ok: true; header: ExportHeader; contents: Buffer } | { ok: false; error: 'not-an-export' | 'unknown-format' | 'wrong-passphrase-or-damaged' };

export function decryptExport(file: Buffer, passphrase: string): ExportOpening {
  if (file.length < exportMagic.length + 4 + tagBytes || !file.subarray(0, exportMagic.length).equals(exportMagic)) return { ok: false, error: 'not-an-export' };
  const headerLength = file.readUInt32BE(exportMagic.length);
  const headerEnd = exportMagic.length + 4 + headerLength;
  if (headerEnd + tagBytes > file.length) return { ok: false, error: 'not-an-export' };
  let header: ExportHeader;
  try {
    const parsed = ExportHeader.safeParse(JSON.parse(file.subarray(exportMagic.length + 4, headerEnd).toString('utf8')));
    if (!parsed.success) return { ok: false, error: 'unknown-format' };
    header = parsed.data;
  } catch {
    return { ok: false, error: 'unknown-format' };
  }
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(passphrase, header.kdf), Buffer.from(header.cipher.iv, 'base64'));
  decipher.setAAD(file.subarray(0, headerEnd));
  decipher.setAuthTag(file.subarray(file.length - tagBytes));
  try {
    const contents = Buffer.concat([decipher.update(file.subarray(headerEnd, file.length - tagBytes)), decipher.final()]);
    return { ok: true, header, contents };
  } catch {
    return { ok: false, error: 'wrong-passphrase-or-damaged' };
  }
}
