import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createKioskI18n } from '../../../renderer/i18n/create.ts';
import { filePrinter } from '../printing/index.ts';
import { demoConfig } from '../../testing/kiosk-files.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { QueueConfig } from './queue-config.ts';
import type { Ticket } from './ticket-store.ts';
import { ticketReceipt } from './ticket-receipt.ts';

const tempDir = useTempDir();
const demoQueue = QueueConfig.parse(demoConfig().queue);
const i18n = createKioskI18n();
const issuedAt = new Date(2026, 10, 27, 9, 5);
const ticket: Ticket = {
  id: 1,
  number: 'YA003',
  businessType: 'A',
  priority: true,
  issuedAt: issuedAt.toISOString(),
  calledAt: null,
  windowId: null,
  state: 'waiting',
  recallCount: 0,
};
function firstBusinessType() {
  const [first] = demoQueue.businessTypes;
  if (!first) throw new Error('the demo hall has no business type');
  return first;
}
const businessType = firstBusinessType();

/** The text as one paragraph, as wrapped lines read on: Chinese joins with nothing, English with a space. */
function unwrapped(text: string, joiner: string): string {
  return text.replace(/\n\s*/g, joiner);
}

async function printed(locale: 'zh-CN' | 'en', waitingAhead: number, estimatedWaitMinutes: number): Promise<string> {
  const dir = tempDir();
  const receipt = ticketReceipt({
    ticket,
    businessType,
    waitingAhead,
    estimatedWaitMinutes,
    locale,
    hallName: locale === 'zh-CN' ? '槐树湾村便民服务中心' : 'Huaishuwan Village Service Hall',
    dutyPhone: '0371-12345678',
    t: i18n.t.bind(i18n),
  });
  expect(await filePrinter({ dir }).print(receipt)).toEqual({ ok: true });
  const [file] = readdirSync(join(dir, 'receipts'));
  expect(file).toMatch(/queue-ticket\.txt$/);
  return readFileSync(join(dir, 'receipts', file ?? ''), 'utf8');
}

describe('the paper ticket', () => {
  test('in Chinese: hall, number, business type, people ahead, estimated wait, time, what to do, duty phone', async () => {
    const paper = await printed('zh-CN', 4, 20);
    for (const row of [/^办理业务 +社保\/养老$/m, /^前面等候人数 +4$/m, /^大约还要等 +20 分钟$/m, /^取号时间 +09:05$/m]) expect(paper).toMatch(row);
    const text = unwrapped(paper, '');
    for (const part of ['槐树湾村便民服务中心', 'YA003', '优先办理', '如果错过了叫号，请到窗口找工作人员', '值班电话：0371-12345678']) {
      expect(text).toContain(part);
    }
  });

  test('in English, and with nobody ahead', async () => {
    const paper = await printed('en', 0, 0);
    for (const row of [/^People ahead of you +0$/m, /^Estimated wait +You are next$/m, /^Time issued +09:05$/m]) expect(paper).toMatch(row);
    const text = unwrapped(paper, ' ');
    for (const part of ['Huaishuwan Village Service Hall', 'Queue ticket', 'YA003', 'Social insurance and pensions', 'If you miss your call, ask at the counter', 'Duty phone: 0371-12345678']) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
