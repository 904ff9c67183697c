import { z } from 'zod';

/**
 * What an export holds, before encryption: a manifest, then the files one after another.
 *
 *   manifest length   4 bytes, unsigned big-endian
 *   manifest          JSON, UTF-8: { files: [{ name, bytes }], schemaVersion, createdAt }
 *   the files         in the manifest's order
 *
 * Files: `kiosk.db` (a consistent online backup of the database) and, when the exporter could read it,
 * `keys/data.key` (the raw 32-byte key that opens the personal data sealed inside it). Issue #16.3: also
 * `keys/audit.key` and `audit-checkpoints.jsonl`, so `npm run audit:verify` checks the exported audit log
 * as it checks the kiosk's; an export made before them opens as before.
 */
const Manifest = z.strictObject({
  files: z.array(z.strictObject({ name: z.enum(['kiosk.db', 'keys/data.key', 'keys/audit.key', 'audit-checkpoints.jsonl']), bytes: z.int().min(0) })),
  schemaVersion: z.int(),
  createdAt: z.iso.datetime(),
});
export type Manifest = z.infer<typeof Manifest>;

export type BundleFiles = Partial<Record<Manifest['files'][number]['name'], Buffer>>;

export function packBundle(files: BundleFiles, meta: Omit<Manifest, 'files'>): Buffer {
  const entries = Object.entries(files).filter((entry): entry is [Manifest['files'][number]['name'], Buffer] => entry[1] !== undefined);
  const manifest: Manifest = { files: entries.map(([name, bytes]) => ({ name, bytes: bytes.length })), ...meta };
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(manifestBytes.length);
  return Buffer.concat([length, manifestBytes, ...entries.map(([, bytes]) => bytes)]);
}

export type BundleOpening = { ok: true; manifest: Manifest; files: BundleFiles } | { ok: false; error: 'damaged-bundle' };

export function unpackBundle(bundle: Buffer): BundleOpening {
  try {
    const length = bundle.readUInt32BE(0);
    const manifest = Manifest.parse(JSON.parse(bundle.subarray(4, 4 + length).toString('utf8')));
    const files: BundleFiles = {};
    let offset = 4 + length;
    for (const { name, bytes } of manifest.files) {
      files[name] = bundle.subarray(offset, offset + bytes);
      offset += bytes;
    }
    if (offset !== bundle.length) return { ok: false, error: 'damaged-bundle' };
    return { ok: true, manifest, files };
  } catch {
    return { ok: false, error: 'damaged-bundle' };
  }
}
