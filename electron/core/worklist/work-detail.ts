import type { TFunction } from 'i18next';
import type { ServiceSeed } from '../catalog/seed.ts';
import type { LocaleId } from '../catalog/texts.ts';
import type { DataKey } from '../../store/crypto/index.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { openStoredAnswers } from './open-answers.ts';
import { workFields } from './work-fields.ts';
import type { WorkField } from './work-fields.ts';
import { findWorkItem } from './worklist.ts';
import type { WorkItem } from './worklist.ts';

export interface WorkDetail {
  item: WorkItem;
  fields: WorkField[];
  /** A staff member filed it for the resident, who agreed (issue #6); null when the resident did. */
  filedBy: string | null;
}

export type WorkDetailLoad = { ok: true; detail: WorkDetail } | { ok: false; error: 'unknown-request' | 'unknown-service' };

export interface WorkDetailContext {
  db: KioskDatabase;
  key: DataKey;
  /** Every stored seed, switched on or not: a request outlives its service's place on the home screen. */
  seeds: readonly ServiceSeed[];
  locale: LocaleId;
  t: TFunction;
  fill: (text: string) => string;
}

/** A request in full, opened for signed-in staff (the route audits who opened it). */
export function loadWorkDetail({ db, key, seeds, locale, t, fill }: WorkDetailContext, reference: string): WorkDetailLoad {
  const item = findWorkItem(db, key, seeds, reference);
  if (!item) return { ok: false, error: 'unknown-request' };
  const seed = seeds.find((each) => each.id === item.serviceId);
  if (!seed?.form) return { ok: false, error: 'unknown-service' };
  // Only `answers`, never another column: what the hall may not read is kept elsewhere and stays shut.
  const row = db.prepare<[string], { answers: string; filed_by: string | null }>('SELECT answers, filed_by FROM request WHERE reference = ?').get(reference);
  if (!row) return { ok: false, error: 'unknown-request' };
  const opened = openStoredAnswers(key, seed.form, reference, JSON.parse(row.answers) as Record<string, unknown>);
  return { ok: true, detail: { item, fields: workFields({ seed, opened, createdAt: item.createdAt, locale, t, fill }), filedBy: row.filed_by } };
}
