/**
 * Today's figures for the staff console (product.md 6): tickets, waits, services used, age bands and help
 * calls, as counts only. Also the age band a request keeps, and the percentile both figures and the queue's
 * wait estimate use.
 */
export type { AgeBand } from './age-band.ts';
export { ageBandOf, ageBands, residentAgeBand } from './age-band.ts';
export { median, percentile } from './statistics.ts';
export type { TodayFigures } from './today-figures.ts';
export { todayFigures } from './today-figures.ts';
