import { listCatalog } from '../catalog/catalog.ts';
import type { ServiceSeed } from '../catalog/seed.ts';
import type { KioskDatabase } from '../../store/open.ts';

/**
 * Every service in the store's catalog, switched on or not: what an admin may choose from, and what a
 * config change is checked against (the seeds the kiosk loaded at start-up).
 */
export function catalogServices(db: KioskDatabase): ServiceSeed[] {
  const ids = db.prepare('SELECT id FROM service').pluck().all() as string[];
  return listCatalog(db, ids);
}
