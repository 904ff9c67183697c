import { Hono } from 'hono';
import { z } from 'zod';
import { audited } from '../core/audit/audit-log.ts';
import { HalfDay, bookableDays, bookingsOn, cancelAppointment, homeVisits, moveAppointment, nextFreeSlot, storeSlotQuery } from '../core/appointments/index.ts';
import { listCatalog, listStoredCatalog } from '../core/catalog/catalog.ts';
import { hallDay } from '../core/queue/hall-day.ts';
import { events } from '../events.ts';
import type { KioskDeps } from './kiosk-deps.ts';
import { requireStaff } from './staff-guard.ts';
import { validated } from './validated.ts';

const isoDate = z.iso.date();
const serviceId = z.string().regex(/^[a-z0-9-]+$/);

/** How many open days the kiosk shows at once: enough to choose from, few enough to read aloud. */
const daysShown = 5;

const SlotsQuery = z.strictObject({ serviceId, from: isoDate.optional() });
const DateQuery = z.strictObject({ date: isoDate.optional() });
const RangeQuery = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });
const MoveRequest = z.strictObject({ date: isoDate, halfDay: HalfDay });
const BookingId = z.strictObject({ id: z.coerce.number().int().positive() });

/**
 * /api/appointments (issue #7). The kiosk asks for a service's free half-days (no personal data);
 * everything else is for staff: the day's bookings, cancel and move (audited; the resident is told when
 * they next ask), and the home-visit list, whose addresses are opened only for a signed-in staff member.
 */
export function appointmentRoutes(deps: Pick<KioskDeps, 'db' | 'audit' | 'config' | 'dataKey' | 'staffSessions' | 'log'>) {
  const audit = audited(deps.audit, deps.log);
  const staffOnly = requireStaff(deps);
  const config = () => deps.config.current().config;
  const formOf = (id: string) => listCatalog(deps.db, config().services.enabled).find((seed) => seed.id === id)?.form;

  return new Hono()
    .get('/slots', validated('query', SlotsQuery), (c) => {
      const { serviceId: service, from } = c.req.valid('query');
      const appointments = config().appointments;
      if (!appointments?.services[service]) return c.json({ ok: false, error: 'no-appointments' } as const, 404);
      const query = storeSlotQuery(deps.db, appointments, service, new Date(), from);
      const days = bookableDays(query) ?? [];
      return c.json({ ok: true, serviceId: service, days: days.slice(0, daysShown), next: nextFreeSlot(query) ?? null } as const);
    })
    .get('/bookings', staffOnly, validated('query', DateQuery), (c) => {
      const date = c.req.valid('query').date ?? hallDay(new Date());
      return c.json({ ok: true, date, bookings: bookingsOn(deps.db, date, formOf) } as const);
    })
    .post('/:id/cancel', staffOnly, validated('param', BookingId), (c) => {
      const { id } = c.req.valid('param');
      const staffId = c.get('staffSession').staff.id;
      const result = cancelAppointment(deps.db, id, staffId);
      if (!result.ok) return c.json(result, result.error === 'not-found' ? 404 : 409);
      audit(events.appointmentCancelled, { id, reference: result.reference }, staffId);
      return c.json({ ok: true } as const);
    })
    .post('/:id/move', staffOnly, validated('param', BookingId), validated('json', MoveRequest), (c) => {
      const { id } = c.req.valid('param');
      const to = c.req.valid('json');
      const appointments = config().appointments;
      if (!appointments) return c.json({ ok: false, error: 'no-appointments' } as const, 404);
      const staffId = c.get('staffSession').staff.id;
      const result = moveAppointment(deps.db, appointments, id, to, staffId);
      if (!result.ok) return c.json(result, result.error === 'not-found' ? 404 : 409);
      audit(events.appointmentMoved, { id, reference: result.reference, newId: result.id, date: to.date, halfDay: to.halfDay }, staffId);
      return c.json({ ok: true, id: result.id } as const);
    })
    .get('/home-visits', staffOnly, validated('query', RangeQuery), (c) => {
      const today = hallDay(new Date());
      const { from = today, to = from } = c.req.valid('query');
      const { dataKey } = deps;
      if (!dataKey.ok) return c.json({ ok: false, error: 'key-unavailable' } as const, 503);
      // Switched off or not: visits already booked must still be made.
      const visits = listStoredCatalog(deps.db)
        .filter((seed) => seed.homeVisits)
        .flatMap((service) => homeVisits(deps.db, dataKey.key, service, from, to));
      // product.md, Privacy: every opening of residents' addresses is in the tamper-evident log.
      audit(events.homeVisitsOpened, { from, to, count: visits.length }, c.get('staffSession').staff.id);
      return c.json({ ok: true, from, to, visits } as const);
    });
}
