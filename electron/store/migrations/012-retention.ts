/**
 * Retention (issue #8): once a request has reached the county (or, without sync, staff have closed it)
 * and the hall's retention period has passed, its sealed answers and masked values are removed. The row
 * stays for the figures (service, department, dates, age band, status), with the time it was purged.
 */
export const retention = `
ALTER TABLE request ADD COLUMN purged_at TEXT;
`;
