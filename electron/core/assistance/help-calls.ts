import type { KioskDatabase } from '../../store/open.ts';
import { listStoredCatalog } from '../catalog/catalog.ts';
import { hallDayBounds } from '../queue/hall-day.ts';
import { isHallOpen } from './opening-hours.ts';
import type { OpeningHours } from './opening-hours.ts';

export type HelpCallState = 'waiting' | 'acknowledged' | 'cleared' | 'unanswered';

/** Whether a call can reach someone now; 'nobody' and 'closed' send the resident to the duty phone. */
export type HelpAvailability = 'available' | 'nobody' | 'closed';

/** product.md 5: staff must be there to answer, which means a console online while the hall is open. */
export function helpAvailability(staffConsolesOnline: number, openingHours: OpeningHours, now: Date): HelpAvailability {
  if (!isHallOpen(openingHours, now)) return 'closed';
  return staffConsolesOnline > 0 ? 'available' : 'nobody';
}

/**
 * A sealed service's call (the appeals, seeds/*.json `sealed`): staff may be the subject of an appeal, so they
 * never learn a call came from one. A screen id names its service as one of its parts: 'service:appeals-feedback',
 * 'form:appeals-feedback:category'.
 */
export function isSealedServiceCall(screen: string, serviceId: string | undefined, sealedServiceIds: ReadonlySet<string>): boolean {
  return (serviceId !== undefined && sealedServiceIds.has(serviceId)) || screen.split(':').some((part) => sealedServiceIds.has(part));
}

/** Every stored service that is sealed, switched on or not. */
function sealedServiceIds(db: KioskDatabase): ReadonlySet<string> {
  return new Set(listStoredCatalog(db).flatMap((seed) => (seed.sealed ? [seed.id] : [])));
}

export interface HelpCallRequest {
  /** Where the resident was: 'home', 'service:high-age-allowance', 'form:high-age-allowance:date-of-birth'. */
  screen: string;
  serviceId?: string | undefined;
}

export interface OpenHelpCall {
  id: number;
  createdAt: string;
  /** Null for a call from the appeals service: staff see only "a resident needs help". */
  screen: string | null;
  state: 'waiting' | 'acknowledged';
}

/**
 * Records a resident's call. One that nobody can answer is kept too, as 'unanswered' with why, so the
 * day's figures show the need. A call from a sealed service keeps neither its screen nor its service.
 */
export function recordHelpCall(db: KioskDatabase, request: HelpCallRequest, availability: HelpAvailability, now: Date = new Date()): { id: number; state: HelpCallState } {
  const sealed = isSealedServiceCall(request.screen, request.serviceId, sealedServiceIds(db));
  const state: HelpCallState = availability === 'available' ? 'waiting' : 'unanswered';
  const row = db
    .prepare<[string, string | null, string | null, HelpCallState, string | null], { id: number }>(
      'INSERT INTO help_call (created_at, screen, service_id, state, outcome) VALUES (?, ?, ?, ?, ?) RETURNING id',
    )
    .get(now.toISOString(), sealed ? null : request.screen, sealed ? null : (request.serviceId ?? null), state, availability === 'available' ? null : availability);
  if (!row) throw new Error('the help call was not written');
  return { id: row.id, state };
}

export function helpCallState(db: KioskDatabase, id: number): { id: number; state: HelpCallState } | undefined {
  return db.prepare<[number], { id: number; state: HelpCallState }>('SELECT id, state FROM help_call WHERE id = ?').get(id);
}

/** Today's calls still open, oldest first: the staff console's list. */
export function openHelpCalls(db: KioskDatabase, now: Date = new Date()): OpenHelpCall[] {
  const { start, end } = hallDayBounds(now);
  return db
    .prepare<[string, string], OpenHelpCall>(
      `SELECT id, created_at AS createdAt, screen, state FROM help_call
       WHERE state IN ('waiting', 'acknowledged') AND created_at >= ? AND created_at < ? ORDER BY id`,
    )
    .all(start, end);
}

export type HelpCallChange = { ok: true; changed: boolean } | { ok: false; error: 'unknown-help-call' };

/**
 * Moves an answerable call on to `to`. Doing it twice (two consoles, a double tap) changes nothing and is
 * not an error; a call that was never answerable (unanswered) or does not exist is unknown.
 */
function moveHelpCall(db: KioskDatabase, id: number, to: 'acknowledged' | 'cleared', now: Date): HelpCallChange {
  const order: HelpCallState[] = ['waiting', 'acknowledged', 'cleared'];
  const current = helpCallState(db, id);
  if (!current || current.state === 'unanswered') return { ok: false, error: 'unknown-help-call' };
  if (order.indexOf(current.state) >= order.indexOf(to)) return { ok: true, changed: false };
  const stampColumn = to === 'acknowledged' ? 'acknowledged_at' : 'cleared_at';
  db.prepare(`UPDATE help_call SET state = ?, ${stampColumn} = ? WHERE id = ?`).run(to, now.toISOString(), id);
  return { ok: true, changed: true };
}

/** Staff are on their way. */
export function acknowledgeHelpCall(db: KioskDatabase, id: number, now: Date = new Date()): HelpCallChange {
  return moveHelpCall(db, id, 'acknowledged', now);
}

/** The resident has been helped, or has gone. */
export function clearHelpCall(db: KioskDatabase, id: number, now: Date = new Date()): HelpCallChange {
  return moveHelpCall(db, id, 'cleared', now);
}
