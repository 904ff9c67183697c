import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HallKey } from '../county/county-app.ts';
import { shareTestKey, testHallId, testKeyId } from '../county/test-hall.ts';
import type { SyncConfig } from '../core/sync/index.ts';
import { decryptField, fieldContext, loadOrCreateDataKey } from '../store/crypto/index.ts';
import { demoConfig, highAgeAllowanceAnswers } from '../testing/kiosk-files.ts';

/**
 * A demo hall for the durability runs: its own data directory, the demo config with sync switched on
 * towards `endpoint`, and a key shared with the reference receiver. Timings are short so a run with a
 * dozen restarts and three kinds of outage fits in well under a minute.
 */
export function prepareHall(dir: string, endpoint: string, timing: Partial<SyncConfig>): { dataDir: string; configFile: string; keys: ReadonlyMap<string, HallKey> } {
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir, { recursive: true });
  const { keys } = shareTestKey(dataDir);
  const sync = { enabled: true, endpoint, hallId: testHallId, keyId: testKeyId, signingKey: { file: 'county.key' }, ...timing };
  const configFile = join(dir, 'hall.json');
  writeFileSync(configFile, JSON.stringify({ ...demoConfig(), sync }, null, 2));
  return { dataDir, configFile, keys };
}

/** A different, valid mobile number for each submission, so each stored request can be matched to its answer. */
export function mobileNumber(index: number): string {
  return `139${String(index).padStart(8, '0')}`;
}

export type Submission = { ok: true; reference: string } | { ok: false; error: string };

/** A resident's application through the HTTP API, as the kiosk screen sends it. */
export async function submitApplication(base: string, mobile: string): Promise<Submission> {
  try {
    const response = await fetch(`${base}/api/applications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ serviceId: 'high-age-allowance', locale: 'zh-CN', answers: { ...highAgeAllowanceAnswers, contactMobile: mobile } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { reference?: string };
    if (response.status !== 201 || typeof body.reference !== 'string') return { ok: false, error: `HTTP ${response.status}` };
    return { ok: true, reference: body.reference };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

export interface StoredRequest {
  reference: string;
  mobile: string;
  outboxRows: number;
  state: string;
  attempts: number;
}

/** What the kiosk's database holds, read as a separate reader, with each request's mobile number opened. */
export function readKioskStore(dataDir: string): StoredRequest[] {
  const key = loadOrCreateDataKey(join(dataDir, 'keys', 'data.key'));
  if (!key.ok) throw new Error(key.detail);
  const db = new Database(join(dataDir, 'kiosk.db'), { readonly: true });
  try {
    const rows = db
      .prepare<[], { reference: string; answers: string; outboxRows: number; state: string; attempts: number }>(
        `SELECT request.reference, request.answers, count(outbox.id) AS outboxRows, max(outbox.state) AS state, sum(outbox.attempts) AS attempts
         FROM request LEFT JOIN outbox ON outbox.request_reference = request.reference GROUP BY request.reference`,
      )
      .all();
    return rows.map(({ reference, answers, outboxRows, state, attempts }) => {
      const sealed = String((JSON.parse(answers) as Record<string, unknown>).contactMobile);
      const opened = decryptField(key.key, sealed, fieldContext('request', 'contactMobile', reference));
      if (!opened.ok) throw new Error(`${reference}: ${opened.error}`);
      return { reference, mobile: JSON.parse(opened.plaintext) as string, outboxRows, state, attempts };
    });
  } finally {
    db.close();
  }
}
