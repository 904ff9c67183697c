import { afterEach, describe, expect, test } from 'vitest';
import { highAgeAllowanceAnswers } from '../testing/kiosk-files.ts';
import { startTestKiosk } from '../testing/kiosk-server.ts';
import { useTempDir } from '../testing/temp-dir.ts';
import { Browser } from '../testing/hall-browser.ts';

const tempDir = useTempDir();
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

async function kiosk() {
  const started = await startTestKiosk(tempDir());
  stops.push(started.stop);
  const browser = new Browser(Number(new URL(started.base).port), '127.0.0.1');
  const submit = async (answers: Record<string, unknown>) =>
    (await browser.send('POST', '/api/applications', { serviceId: 'high-age-allowance', locale: 'zh-CN', answers })).body.reference as string;
  return { ...started, browser, submit };
}

describe('POST /api/enquiry', () => {
  test('tells a resident with a reference where the request stands, and nothing personal', async () => {
    const { browser, submit } = await kiosk();
    const reference = await submit({ ...highAgeAllowanceAnswers, applicantRelation: 'family', agentName: '李秀英', agentMobile: '13700001111' });
    const reply = await browser.send('POST', '/api/enquiry', { reference: reference.toLowerCase().replace(/-/g, ' ') });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      ok: true,
      items: [{ reference, serviceId: 'high-age-allowance', submittedOn: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), maskedName: '李*英', status: { source: 'hall', code: 'new' } }],
    });
  });

  test('finds requests by ID number', async () => {
    const { browser, submit } = await kiosk();
    const reference = await submit(highAgeAllowanceAnswers);
    const reply = await browser.send('POST', '/api/enquiry', { idNumber: highAgeAllowanceAnswers.idNumber });
    expect(reply.body.items.map((item: { reference: string }) => item.reference)).toEqual([reference]);
    expect(JSON.stringify(reply.body)).not.toContain('1231');
  });

  test('names what is wrong with a reference or an ID number, and finds no one with it', async () => {
    const { browser } = await kiosk();
    expect(await browser.send('POST', '/api/enquiry', { reference: 'KA-482913-4' })).toMatchObject({ status: 422, body: { ok: false, error: 'invalid-reference', problem: 'checksum' } });
    expect(await browser.send('POST', '/api/enquiry', { idNumber: '410102194603151232' })).toMatchObject({ status: 422, body: { ok: false, error: 'invalid-id-number', problem: 'checksum' } });
    expect(await browser.send('POST', '/api/enquiry', { reference: 'KA-482913-5', idNumber: '1' })).toMatchObject({ status: 400 });
  });

  test('answers a device that looks up too much with 429', async () => {
    const { browser } = await kiosk();
    const answers = [];
    for (let index = 0; index < 11; index += 1) answers.push((await browser.send('POST', '/api/enquiry', { reference: 'KA-482913-5' })).status);
    expect(answers).toEqual([...Array<number>(10).fill(200), 429]);
  });
});
