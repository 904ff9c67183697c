/** POST /api/queue/tickets lands on main with the queue work; until then the bench says so. */
export type TicketRoute = { available: true; businessType: string } | { available: false; reason: string };

/** Issues one ticket, as the contract says; a plain 404 means the route is not there yet. */
export async function probeTicketRoute(base: string): Promise<TicketRoute> {
  const kiosk = (await (await fetch(`${base}/api/kiosk`)).json()) as { queue?: { businessTypes?: { letter: string }[] } };
  const businessType = kiosk.queue?.businessTypes?.[0]?.letter;
  if (!businessType) return { available: false, reason: 'the hall has no business types' };
  const response = await fetch(`${base}/api/queue/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ticketRequest(businessType)),
  });
  if (response.status === 201) return { available: true, businessType };
  if (response.status === 404 && !(await response.text()).includes('unknown-business-type'))
    return { available: false, reason: 'not available yet: POST /api/queue/tickets answers 404 (the queue is not on this branch)' };
  throw new Error(`POST /api/queue/tickets answered ${response.status}, not 201`);
}

export function ticketRequest(businessType: string) {
  return { businessType, priority: false, locale: 'zh-CN' };
}
