import type { StaffNotice } from '../core/staff/notices.ts';
import type { ConfigProblem } from '../config/problems.ts';

/** The demo hall's admin (kiosk-config/default.json): 演示管理员. */
const demoAdminPin = '246810';

export interface StaffStatusReply {
  config: { source: string; requestedPath: string; problems: ConfigProblem[] };
  notices: StaffNotice[];
}

/** Signs in as the demo admin and reads the console's status panel, as staff would see it. */
export async function staffStatus(base: string): Promise<StaffStatusReply> {
  const signIn = await fetch(`${base}/api/staff/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ pin: demoAdminPin, where: 'console' }),
  });
  if (signIn.status !== 200) throw new Error(`staff sign-in refused: HTTP ${signIn.status}`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const status = await fetch(`${base}/api/staff/status`, { headers: { Cookie: cookie } });
  return (await status.json()) as StaffStatusReply;
}
