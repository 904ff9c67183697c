import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { auditFor } from '../../testing/audit-trail.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { events } from '../../events.ts';
import { memoryLogger } from '../../log.ts';
import { createFormPrinter } from '../printing/index.ts';
import { previewPurge, purgeExpired } from './purge.ts';

const tempDir = useTempDir();
const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-12-31T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * day).toISOString();

interface Made {
  reference: string;
  serviceId?: string;
  createdDaysAgo: number;
  outbox?: { state: 'pending' | 'sent' | 'needs-attention'; sentDaysAgo?: number };
  status?: string;
  closedDaysAgo?: number;
}

function makeRequest(db: KioskDatabase, made: Made): void {
  db.prepare(
    `INSERT INTO request (reference, service_id, service_version, department, created_at, status, status_changed_at, answers, masked, age_band, return_reason)
     VALUES (?, ?, 1, '民政', ?, ?, ?, '{"idNumber":"sealed"}', '{"idNumber":"4101**********1231"}', '80-89', '请带户口本')`,
  ).run(made.reference, made.serviceId ?? 'high-age-allowance', daysAgo(made.createdDaysAgo), made.status ?? 'new', made.closedDaysAgo === undefined ? null : daysAgo(made.closedDaysAgo));
  if (made.outbox) {
    db.prepare('INSERT INTO outbox (request_reference, created_at, state, sent_at) VALUES (?, ?, ?, ?)').run(
      made.reference,
      daysAgo(made.createdDaysAgo),
      made.outbox.state,
      made.outbox.sentDaysAgo === undefined ? null : daysAgo(made.outbox.sentDaysAgo),
    );
  }
}

function store() {
  const { db } = openStore(join(tempDir(), 'kiosk.db'));
  return db;
}

function requestRow(db: KioskDatabase, reference: string) {
  return db.prepare('SELECT * FROM request WHERE reference = ?').get(reference) as Record<string, unknown>;
}

describe('the retention purge', () => {
  test('with county sync, purges requests the county took more than the retention period ago, and nothing else', () => {
    const db = store();
    makeRequest(db, { reference: 'SENT-OLD', createdDaysAgo: 50, outbox: { state: 'sent', sentDaysAgo: 40 } });
    makeRequest(db, { reference: 'SENT-OLD-2', serviceId: 'disability-subsidies', createdDaysAgo: 45, outbox: { state: 'sent', sentDaysAgo: 31 } });
    makeRequest(db, { reference: 'SENT-RECENT', createdDaysAgo: 50, outbox: { state: 'sent', sentDaysAgo: 10 } });
    makeRequest(db, { reference: 'PENDING-OLD', createdDaysAgo: 90, outbox: { state: 'pending' } });
    makeRequest(db, { reference: 'REFUSED-OLD', createdDaysAgo: 90, outbox: { state: 'needs-attention' } });
    makeRequest(db, { reference: 'CLOSED-UNSENT', createdDaysAgo: 90, status: 'done', closedDaysAgo: 80, outbox: { state: 'pending' } });
    const rule = { days: 30, syncEnabled: true, now };

    expect(previewPurge(db, rule)).toEqual({
      total: 2,
      byService: [
        { serviceId: 'disability-subsidies', count: 1 },
        { serviceId: 'high-age-allowance', count: 1 },
      ],
      oldestDay: daysAgo(50).slice(0, 10),
    });
    const recordAudit = auditFor(db);
    expect(purgeExpired(db, rule, recordAudit).total).toBe(2);

    expect(requestRow(db, 'SENT-OLD')).toMatchObject({
      answers: '{}',
      masked: '{}',
      return_reason: null,
      purged_at: now.toISOString(),
      // What the figures use stays.
      service_id: 'high-age-allowance',
      department: '民政',
      created_at: daysAgo(50),
      age_band: '80-89',
      status: 'new',
    });
    for (const kept of ['SENT-RECENT', 'PENDING-OLD', 'REFUSED-OLD', 'CLOSED-UNSENT']) {
      expect(requestRow(db, kept), kept).toMatchObject({ masked: '{"idNumber":"4101**********1231"}', purged_at: null });
    }
    const audit = db.prepare("SELECT actor, fields FROM audit_log WHERE event = 'retention.purged'").all() as { actor: null; fields: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.fields ?? '{}')).toMatchObject({ purged: 2, retentionDays: 30 });
    expect(audit[0]?.fields).not.toContain('SENT-OLD');

    // A second run finds nothing more, and audits nothing.
    expect(purgeExpired(db, rule, recordAudit).total).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE event = 'retention.purged'").get()).toEqual({ n: 1 });
    db.close();
  });

  test('without county sync, purges requests staff closed (done or returned) more than the period ago', () => {
    const db = store();
    makeRequest(db, { reference: 'DONE-OLD', createdDaysAgo: 60, status: 'done', closedDaysAgo: 40 });
    makeRequest(db, { reference: 'RETURNED-OLD', createdDaysAgo: 60, status: 'returned', closedDaysAgo: 31 });
    makeRequest(db, { reference: 'DONE-RECENT', createdDaysAgo: 60, status: 'done', closedDaysAgo: 5 });
    makeRequest(db, { reference: 'OPEN-OLD', createdDaysAgo: 90, status: 'handling' });
    expect(purgeExpired(db, { days: 30, syncEnabled: false, now }, auditFor(db)).total).toBe(2);
    expect(requestRow(db, 'DONE-OLD').purged_at).toBe(now.toISOString());
    expect(requestRow(db, 'RETURNED-OLD').purged_at).toBe(now.toISOString());
    expect(requestRow(db, 'DONE-RECENT').purged_at).toBeNull();
    expect(requestRow(db, 'OPEN-OLD').purged_at).toBeNull();
    db.close();
  });

  test('removes the saved A4 form of each purged request, in the data folder and the configured one, and keeps the rest (issue #16.5)', async () => {
    const db = store();
    const dataDir = dirname(db.name);
    const elsewhere = join(tempDir(), 'hall-share');
    // A stand-in Chromium that writes a "PDF", so the forms are saved by the real form printer.
    const chromiumPath = join(dataDir, 'chromium');
    writeFileSync(chromiumPath, '#!/bin/sh\nfor a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac; done\nprintf "%%PDF-1.4" > "$out"\n');
    chmodSync(chromiumPath, 0o755);
    makeRequest(db, { reference: 'DONE-OLD', createdDaysAgo: 60, status: 'done', closedDaysAgo: 40 });
    makeRequest(db, { reference: 'DONE-RECENT', createdDaysAgo: 60, status: 'done', closedDaysAgo: 5 });
    const save = async (dir: string, reference: string) => {
      expect(await createFormPrinter({ kind: 'file', dir, chromiumPath }).print({ html: '<p>李秀英</p>', name: reference })).toMatchObject({ ok: true });
    };
    await save(dataDir, 'DONE-OLD');
    await save(elsewhere, 'DONE-OLD');
    await save(dataDir, 'DONE-RECENT');

    const log = memoryLogger();
    const audit = auditFor(db, log);
    const formsDirs = [join(dataDir, 'forms'), join(elsewhere, 'forms')];
    expect(purgeExpired(db, { days: 30, syncEnabled: false, now }, audit, { formsDirs }).total).toBe(1);
    expect(readdirSync(join(dataDir, 'forms'))).toEqual([expect.stringMatching(/-DONE-RECENT\.pdf$/)]);
    expect(readdirSync(join(elsewhere, 'forms'))).toEqual([]);
    // Removing them is audited, with a count only.
    expect(log.lines.find((line) => line.event === events.formsRemoved)?.fields).toEqual({ removed: 2, actor: null });
    expect(db.prepare("SELECT fields FROM audit_log WHERE event = 'retention.forms-removed'").pluck().all()).toEqual(['{"removed":2}']);

    // A form printed again after its request was purged (or left by a purge before issue #16.5) goes on the next run.
    await save(dataDir, 'DONE-OLD');
    expect(purgeExpired(db, { days: 30, syncEnabled: false, now }, audit, { formsDirs }).total).toBe(0);
    expect(readdirSync(join(dataDir, 'forms'))).toEqual([expect.stringMatching(/-DONE-RECENT\.pdf$/)]);
    db.close();
  });

  test('a request becomes due as the clock moves past its retention period', () => {
    const db = store();
    makeRequest(db, { reference: 'SENT', createdDaysAgo: 20, outbox: { state: 'sent', sentDaysAgo: 20 } });
    const at = (later: number) => ({ days: 30, syncEnabled: true, now: new Date(now.getTime() + later * day) });
    expect(previewPurge(db, at(9)).total).toBe(0);
    expect(previewPurge(db, at(11)).total).toBe(1);
    db.close();
  });
});
