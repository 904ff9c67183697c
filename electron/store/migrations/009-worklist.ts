/**
 * The hall worklist (issue #7). A request's `status` (from migration 4, 'new' until staff act) moves
 * new → handling → entered → done, or to returned. `department_serial` is the 流水号 the department's own
 * system gave when staff typed the request into it; `return_reason` is what the resident is told.
 */
export const worklist = `
ALTER TABLE request ADD COLUMN department_serial TEXT;
ALTER TABLE request ADD COLUMN return_reason TEXT;
ALTER TABLE request ADD COLUMN handled_by TEXT;
ALTER TABLE request ADD COLUMN status_changed_at TEXT;

CREATE INDEX request_status ON request (status, created_at);
`;
