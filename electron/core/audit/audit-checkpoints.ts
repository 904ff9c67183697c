import { createHmac, timingSafeEqual } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { closeSync, constants, fchmodSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * Issue #16.3: the chain anchored outside the database. After each audited event the kiosk appends a
 * signed line, the row count and the head hash, to audit-checkpoints.jsonl in the data folder, so rows
 * removed from the end of the chain (or all of them) no longer leave a chain that holds.
 */
export const AuditCheckpoint = z.strictObject({
  rows: z.number().int().nonnegative(),
  head: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.iso.datetime(),
  /** HMAC-SHA256 of the three fields above under a key derived from the audit key. */
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditCheckpoint = z.infer<typeof AuditCheckpoint>;

export type CheckpointRead =
  | { ok: true; checkpoints: AuditCheckpoint[] }
  | { ok: false; error: 'missing' }
  /** `line` counts from 1. A line that is not a checkpoint, or whose signature does not hold. */
  | { ok: false; error: 'forged'; line: number };

/** A key of its own for the checkpoints, so a checkpoint's signature can never pass as a row's hash. */
function checkpointKey(auditKey: KeyObject): Buffer {
  return createHmac('sha256', auditKey).update('village-kiosk audit checkpoint 1').digest();
}

function checkpointMac(auditKey: KeyObject, { rows, head, at }: Omit<AuditCheckpoint, 'mac'>): string {
  return createHmac('sha256', checkpointKey(auditKey)).update(JSON.stringify([rows, head, at])).digest('hex');
}

export function signCheckpoint(auditKey: KeyObject, unsigned: Omit<AuditCheckpoint, 'mac'>): AuditCheckpoint {
  return { ...unsigned, mac: checkpointMac(auditKey, unsigned) };
}

function appendLine(fd: number, checkpoint: AuditCheckpoint): void {
  fchmodSync(fd, 0o600); // whatever the umask
  writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
  fsyncSync(fd);
}

/**
 * Makes the checkpoint file with its first line: only when the audit key is made, so a checkpoint file
 * that someone removed is not quietly made again (audit:verify reports it missing).
 */
export function startCheckpointFile(path: string, first: AuditCheckpoint): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    appendLine(fd, first);
  } finally {
    closeSync(fd);
  }
  if (process.platform === 'win32') return;
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/**
 * Appends one line, flushed, with O_APPEND so a line is written whole at the end. Never creates the
 * file (see startCheckpointFile): 'missing' when it is not there.
 */
export function appendCheckpoint(path: string, checkpoint: AuditCheckpoint): 'written' | 'missing' {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_APPEND);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    appendLine(fd, checkpoint);
  } finally {
    closeSync(fd);
  }
  return 'written';
}

function signatureHolds(auditKey: KeyObject, checkpoint: AuditCheckpoint): boolean {
  return timingSafeEqual(Buffer.from(checkpointMac(auditKey, checkpoint), 'hex'), Buffer.from(checkpoint.mac, 'hex'));
}

/**
 * Every checkpoint in the file, oldest first, each signature checked. A last line without its newline
 * is one a power cut interrupted, and is left out; any other line that does not hold is a forgery.
 */
export function readCheckpoints(path: string, auditKey: KeyObject): CheckpointRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { ok: false, error: 'missing' };
    throw error;
  }
  const lines = text.split('\n');
  lines.pop(); // the torn line, or '' after the last newline
  const checkpoints: AuditCheckpoint[] = [];
  for (const [index, line] of lines.entries()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { ok: false, error: 'forged', line: index + 1 };
    }
    const checkpoint = AuditCheckpoint.safeParse(parsed);
    if (!checkpoint.success || !signatureHolds(auditKey, checkpoint.data)) return { ok: false, error: 'forged', line: index + 1 };
    checkpoints.push(checkpoint.data);
  }
  return { ok: true, checkpoints };
}
