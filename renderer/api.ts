import { hc } from 'hono/client';
import type { InferResponseType } from 'hono/client';
import type { KioskApiType } from '../electron/server/app.ts';

/** The typed client for the kiosk's backend. Relative, so it works on http:// and app:// alike. */
export const api = hc<KioskApiType>('/api');

export type CatalogResponse = InferResponseType<typeof api.catalog.$get>;
export type CatalogService = CatalogResponse['services'][number];
export type KioskSettings = InferResponseType<typeof api.kiosk.$get>;
export type StaffStatus = InferResponseType<(typeof api.staff.status)['$get']>;
