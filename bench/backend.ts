import autocannon from 'autocannon';
import { highAgeAllowanceAnswers } from '../electron/testing/kiosk-files.ts';
import type { Figure, FigureSet } from './figure.ts';
import { notAvailable } from './figure.ts';
import type { BenchPlan } from './plan.ts';
import { summarise } from './statistics.ts';
import { probeTicketRoute, ticketRequest } from './ticket-route.ts';

interface Load {
  /** Completed 2xx responses in each whole second of the run. */
  perSecond: number[];
  failures: number;
  statusCodes: Record<string, number>;
}

/** POSTs one JSON body over 10 loopback connections for `seconds`; counts 2xx answers per second. */
async function load(url: string, body: unknown, seconds: number): Promise<Load> {
  const perSecond: number[] = [];
  const statusCodes: Record<string, number> = {};
  let started = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), connections: 10, duration: seconds },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('start', () => (started = performance.now()));
    instance.on('response', (_client, statusCode) => {
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      if (statusCode < 200 || statusCode > 299) return;
      const second = Math.floor((performance.now() - started) / 1000);
      if (second < seconds) perSecond[second] = (perSecond[second] ?? 0) + 1;
    });
  });
  return { perSecond: Array.from({ length: seconds }, (_, second) => perSecond[second] ?? 0), failures: result.errors + result.non2xx, statusCodes };
}

/** A short unmeasured run first, so the measured seconds do not include the server's warm-up (JIT, caches). */
async function warmedLoad(url: string, body: unknown, plan: BenchPlan): Promise<Load> {
  if (plan.loadWarmUpSeconds > 0) await load(url, body, plan.loadWarmUpSeconds);
  return load(url, body, plan.loadSeconds);
}

function rateFigure(id: string, label: string, measured: Load): Figure {
  if (measured.failures > 0) return { id, label, unit: 'req/s', summary: undefined, note: `failed: ${measured.failures} errors or non-2xx answers ${JSON.stringify(measured.statusCodes)}` };
  return { id, label, unit: 'req/s', summary: summarise(measured.perSecond, { worse: 'lower' }), samplesAre: 'seconds' };
}

/**
 * Backend throughput over loopback with autocannon: issuing queue tickets, and submitting a resident's
 * high-age allowance application (validated, sealed field by field, saved with its outbox row, receipt
 * printed to the file printer). The p95 of a rate is its slow side: 95 % of seconds were at least this fast.
 */
export async function measureBackend(base: string, plan: BenchPlan): Promise<FigureSet> {
  const ticketLabel = 'Ticket issue, POST /api/queue/tickets';
  const tickets = await probeTicketRoute(base);
  const ticketFigure = tickets.available
    ? rateFigure('ticketIssueRate', ticketLabel, await warmedLoad(`${base}/api/queue/tickets`, ticketRequest(tickets.businessType), plan))
    : notAvailable('ticketIssueRate', ticketLabel, 'req/s', tickets.reason);
  const applications = await warmedLoad(`${base}/api/applications`, { serviceId: 'high-age-allowance', locale: 'zh-CN', answers: highAgeAllowanceAnswers }, plan);
  return {
    figures: [ticketFigure, rateFigure('applicationSubmitRate', 'Application submit, POST /api/applications', applications)],
    details: { applications: { statusCodes: applications.statusCodes, perSecond: applications.perSecond } },
  };
}
