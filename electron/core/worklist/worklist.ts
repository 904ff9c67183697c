import type { Localised } from '../../config/localised.ts';
import { listCatalog } from '../catalog/catalog.ts';
import type { ServiceSeed } from '../catalog/seed.ts';
import type { Department } from '../catalog/departments.ts';
import { hallDayBounds } from '../queue/hall-day.ts';
import type { DataKey } from '../../store/crypto/index.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { openReturnReason } from './return-reason.ts';
import type { WorkState } from './work-state.ts';

export type { Department };

export interface WorklistFilter {
  /** Only requests made today, in the hall's day. */
  today?: boolean;
  /** Only requests still to do: new, handling or entered. */
  waiting?: boolean;
  department?: Department;
}

/** A row of the staff worklist: what lists may show, masked, never opened (product.md, Privacy). */
export interface WorkItem {
  reference: string;
  serviceId: string;
  serviceName: Localised;
  createdAt: string;
  status: WorkState;
  /** The department system the request is typed into. */
  department: Department;
  /** The masked ID number, or for a form without one the masked name; null for an anonymous request. */
  maskedIdentity: string | null;
  departmentSerial: string | null;
  /** Opened from its seal (issue #16.5); null without the data key. */
  returnReason: string | null;
  handledBy: string | null;
  statusChangedAt: string | null;
}

interface WorkRow {
  reference: string;
  service_id: string;
  department: Department;
  created_at: string;
  status: WorkState;
  masked: string;
  department_serial: string | null;
  return_reason: string | null;
  handled_by: string | null;
  status_changed_at: string | null;
}

/** Only these columns: a list never reads the sealed answers, nor anything added for the county. */
const listColumns = 'reference, service_id, department, created_at, status, masked, department_serial, return_reason, handled_by, status_changed_at';
const waitingStates: readonly WorkState[] = ['new', 'handling', 'entered'];
/** More than a hall makes in weeks; older requests are found by the filters. */
const listLimit = 500;

function maskedIdentity(seed: ServiceSeed | undefined, masked: Record<string, string>): string | null {
  const questions = seed?.form?.questions ?? [];
  for (const type of ['id-number', 'name'] as const) {
    for (const question of questions.filter((each) => each.type === type)) {
      const value = masked[question.id];
      if (value) return value;
    }
  }
  return null;
}

function toWorkItem(row: WorkRow, seed: ServiceSeed | undefined, key: DataKey | undefined): WorkItem {
  return {
    reference: row.reference,
    serviceId: row.service_id,
    serviceName: seed ? { 'zh-CN': seed.name['zh-CN'], en: seed.name.en } : { 'zh-CN': row.service_id, en: row.service_id },
    createdAt: row.created_at,
    status: row.status,
    department: row.department,
    maskedIdentity: maskedIdentity(seed, JSON.parse(row.masked) as Record<string, string>),
    departmentSerial: row.department_serial,
    returnReason: openReturnReason(key, row.reference, row.return_reason),
    handledBy: row.handled_by,
    statusChangedAt: row.status_changed_at,
  };
}

/** The worklist, newest first. `seeds` names the services, including ones the hall has since switched off. */
export function listWorklist(db: KioskDatabase, key: DataKey | undefined, seeds: readonly ServiceSeed[], filter: WorklistFilter = {}, now: Date = new Date()): WorkItem[] {
  const where: string[] = [];
  const parameters: string[] = [];
  if (filter.today) {
    const { start, end } = hallDayBounds(now);
    where.push('created_at >= ? AND created_at < ?');
    parameters.push(start, end);
  }
  if (filter.waiting) {
    where.push(`status IN (${waitingStates.map(() => '?').join(', ')})`);
    parameters.push(...waitingStates);
  }
  if (filter.department) {
    where.push('department = ?');
    parameters.push(filter.department);
  }
  const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db.prepare<string[], WorkRow>(`SELECT ${listColumns} FROM request ${condition} ORDER BY created_at DESC, reference LIMIT ${listLimit}`).all(...parameters);
  const byId = new Map(seeds.map((seed) => [seed.id, seed]));
  return rows.map((row) => toWorkItem(row, byId.get(row.service_id), key));
}

/** One request as the worklist lists it; undefined when there is none. */
export function findWorkItem(db: KioskDatabase, key: DataKey | undefined, seeds: readonly ServiceSeed[], reference: string): WorkItem | undefined {
  const row = db.prepare<[string], WorkRow>(`SELECT ${listColumns} FROM request WHERE reference = ?`).get(reference);
  return row && toWorkItem(row, seeds.find((seed) => seed.id === row.service_id), key);
}

/** Every service the store holds, switched on or not, for naming and opening requests made under it. */
export function storedSeeds(db: KioskDatabase): ServiceSeed[] {
  const ids = db.prepare<[], string>('SELECT id FROM service').pluck().all();
  return listCatalog(db, ids);
}
