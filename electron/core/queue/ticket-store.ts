import type { KioskDatabase } from '../../store/open.ts';
import { formatTicketNumber } from './ticket-number.ts';

export type TicketState = 'waiting' | 'called' | 'finished' | 'skipped';

/** A ticket as the queue's functions return it. It holds no personal data at all. */
export interface Ticket {
  id: number;
  /** A012, YA003. */
  number: string;
  businessType: string;
  priority: boolean;
  issuedAt: string;
  calledAt: string | null;
  windowId: string | null;
  state: TicketState;
  recallCount: number;
}

export interface TicketRow {
  id: number;
  day: string;
  series: string;
  number: number;
  business_type: string;
  priority: 0 | 1;
  issued_at: string;
  called_at: string | null;
  window_id: string | null;
  finished_at: string | null;
  state: TicketState;
  recall_count: number;
}

export function ticketFromRow(row: TicketRow): Ticket {
  return {
    id: row.id,
    number: formatTicketNumber(row.series, row.number),
    businessType: row.business_type,
    priority: row.priority === 1,
    issuedAt: row.issued_at,
    calledAt: row.called_at,
    windowId: row.window_id,
    state: row.state,
    recallCount: row.recall_count,
  };
}

function prepareTicketStatements(db: KioskDatabase) {
  return {
    nextNumber: db.prepare<[string, string], { last_number: number }>(
      `INSERT INTO ticket_counter (day, series, last_number) VALUES (?, ?, 1)
       ON CONFLICT (day, series) DO UPDATE SET last_number = last_number + 1
       RETURNING last_number`,
    ),
    insert: db.prepare<[string, string, number, string, number, string], TicketRow>(
      `INSERT INTO ticket (day, series, number, business_type, priority, issued_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
    ),
    // Counts over the covering index ticket_by_state: index entries only, no table rows (issue #9).
    waitingOfKindBefore: db.prepare<[string, number, number], number>(
      `SELECT count(*) FROM ticket WHERE day = ? AND state = 'waiting' AND priority = ? AND id < ?`,
    ).pluck(),
    /**
     * For each waiting priority ticket, oldest first, the waiting normal tickets issued strictly before it
     * (issue #20.1): a running count over the waiting tickets by issue time, a priority ticket before a
     * normal one of the same millisecond. One pass over the waiting tickets, whatever the queue's length.
     */
    normalsIssuedBeforeEachPriority: db.prepare<[string], number>(
      `SELECT normals_before FROM (
         SELECT id, priority, sum(1 - priority) OVER (ORDER BY issued_at, priority DESC, id) AS normals_before
         FROM ticket WHERE day = ? AND state = 'waiting'
       ) WHERE priority = 1 ORDER BY id`,
    ).pluck(),
    /** Read only as far as the first normal ticket that is not overdue: the overdue ones are the oldest. */
    waitingNormalsIssuedAt: db.prepare<[string], string>(`SELECT issued_at FROM ticket WHERE day = ? AND state = 'waiting' AND priority = 0 ORDER BY id`).pluck(),
    recentServices: db.prepare<[string, number], { called_at: string; finished_at: string }>(
      `SELECT called_at, finished_at FROM ticket
       WHERE day = ? AND state = 'finished' AND called_at IS NOT NULL
       ORDER BY finished_at DESC LIMIT ?`,
    ),
    waitingHead: db.prepare<[string, number], TicketRow>(
      `SELECT * FROM ticket WHERE day = ? AND state = 'waiting' AND priority = ? ORDER BY id LIMIT 1`,
    ),
    waiting: db.prepare<[string], TicketRow>(`SELECT * FROM ticket WHERE day = ? AND state = 'waiting' ORDER BY id`),
    atWindow: db.prepare<[string, string], TicketRow>(`SELECT * FROM ticket WHERE day = ? AND state = 'called' AND window_id = ?`),
    calledToday: db.prepare<[string], TicketRow>(`SELECT * FROM ticket WHERE day = ? AND state = 'called'`),
    recentCalls: db.prepare<[string, number], TicketRow>(
      `SELECT * FROM ticket WHERE day = ? AND call_order IS NOT NULL ORDER BY call_order DESC LIMIT ?`,
    ),
    waitingByType: db.prepare<[string], { business_type: string; count: number }>(
      `SELECT business_type, count(*) AS count FROM ticket WHERE day = ? AND state = 'waiting' GROUP BY business_type`,
    ),
    startDay: db.prepare<[string]>(`INSERT INTO queue_day (day) VALUES (?) ON CONFLICT (day) DO NOTHING`),
    dayCalls: db.prepare<[string], { calls: number; normal_calls_since_priority: number }>(
      `SELECT calls, normal_calls_since_priority FROM queue_day WHERE day = ?`,
    ),
    countCall: db.prepare<{ day: string; priority: number }, { calls: number }>(
      `UPDATE queue_day SET calls = calls + 1,
         normal_calls_since_priority = CASE WHEN :priority = 1 THEN 0 ELSE normal_calls_since_priority + 1 END
       WHERE day = :day RETURNING calls`,
    ),
    call: db.prepare<{ id: number; calledAt: string; windowId: string; callOrder: number }, TicketRow>(
      `UPDATE ticket SET state = 'called', called_at = :calledAt, window_id = :windowId, call_order = :callOrder
       WHERE id = :id RETURNING *`,
    ),
    recall: db.prepare<[number], TicketRow>(`UPDATE ticket SET recall_count = recall_count + 1 WHERE id = ? RETURNING *`),
    close: db.prepare<{ id: number; state: 'finished' | 'skipped'; finishedAt: string }, TicketRow>(
      `UPDATE ticket SET state = :state, finished_at = :finishedAt WHERE id = :id RETURNING *`,
    ),
  };
}

export type TicketStatements = ReturnType<typeof prepareTicketStatements>;

const prepared = new WeakMap<KioskDatabase, TicketStatements>();

/** The queue's statements, prepared once per database: issuing a ticket must stay cheap (issue #9). */
export function ticketStatements(db: KioskDatabase): TicketStatements {
  let statements = prepared.get(db);
  if (!statements) {
    statements = prepareTicketStatements(db);
    prepared.set(db, statements);
  }
  return statements;
}

/** Normal calls since the day's last priority call (0 before the day's first call). */
export function normalCallsSincePriority(statements: TicketStatements, day: string): number {
  return statements.dayCalls.get(day)?.normal_calls_since_priority ?? 0;
}
