import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore } from '../../store/open.ts';
import type { KioskDatabase } from '../../store/open.ts';
import { demoConfig } from '../../testing/kiosk-files.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { callNext } from './calling.ts';
import { issueTicket } from './issue-ticket.ts';
import { QueueConfig } from './queue-config.ts';
import { boardView, windowsView } from './queue-views.ts';

const tempDir = useTempDir();
const demoQueue = QueueConfig.parse(demoConfig().queue);
const at = (hour: number, minute = 0) => new Date(2026, 10, 27, hour, minute);
const windows = [
  { id: 'window-1', name: { 'zh-CN': '1号窗口', en: 'Window 1' } },
  { id: 'window-2', name: { 'zh-CN': '2号窗口', en: 'Window 2' } },
];

function issue(db: KioskDatabase, businessType: string, priority: boolean, now: Date) {
  if (!issueTicket(db, { businessType, priority }, { queue: demoQueue, windows: 2 }, now).ok) throw new Error('not issued');
}

function hallWithCalls() {
  const { db } = openStore(join(tempDir(), 'kiosk.db'));
  issue(db, 'A', false, at(9));
  issue(db, 'A', false, at(9, 1));
  issue(db, 'B', true, at(9, 2));
  issue(db, 'A', false, at(9, 3));
  issue(db, 'C', false, at(9, 4));
  callNext(db, 'window-1', demoQueue.priority, at(9, 10));
  return db;
}

describe('windowsView', () => {
  test("shows each window's current ticket and everyone waiting in the order they will be called", () => {
    const db = hallWithCalls();
    expect(windowsView(db, windows, demoQueue.priority, at(9, 11))).toEqual({
      windows: [
        { id: 'window-1', name: windows[0]?.name, current: { number: 'A001', businessType: 'A', priority: false, issuedAt: at(9).toISOString(), calledAt: at(9, 10).toISOString() } },
        { id: 'window-2', name: windows[1]?.name, current: null },
      ],
      waiting: [
        { number: 'YB001', businessType: 'B', priority: true, issuedAt: at(9, 2).toISOString() },
        { number: 'A002', businessType: 'A', priority: false, issuedAt: at(9, 1).toISOString() },
        { number: 'A003', businessType: 'A', priority: false, issuedAt: at(9, 3).toISOString() },
        { number: 'C001', businessType: 'C', priority: false, issuedAt: at(9, 4).toISOString() },
      ],
      // One normal call made, so the priority ticket's turn.
      next: { number: 'YB001', businessType: 'B', priority: true, issuedAt: at(9, 2).toISOString(), reason: 'priority-turn' },
      rule: { normalCallsPerPriorityCall: 1, maxNormalWaitMinutes: 30 },
    });
  });

  test('issue #20.1: names the next ticket and why, and nothing when nobody waits', () => {
    const { db } = openStore(join(tempDir(), 'kiosk.db'));
    expect(windowsView(db, windows, demoQueue.priority, at(9)).next).toBeNull();
    issue(db, 'A', true, at(9));
    issue(db, 'A', false, at(9, 13));
    const view = windowsView(db, windows, demoQueue.priority, at(9, 14));
    expect(view.next).toEqual({ number: 'YA001', businessType: 'A', priority: true, issuedAt: at(9).toISOString(), reason: 'waited-longest' });
    expect(view.waiting.map((ticket) => ticket.number)).toEqual(['YA001', 'A001']);
  });
});

describe('boardView', () => {
  test('shows numbers only: current calls, the latest calls newest first, and how many wait per business type', () => {
    const db = hallWithCalls();
    callNext(db, 'window-2', demoQueue.priority, at(9, 12));
    const board = boardView(db, windows, demoQueue.businessTypes, at(9, 13));
    expect(board.windows.map((window) => window.current)).toEqual([
      { number: 'A001', calledAt: at(9, 10).toISOString() },
      { number: 'YB001', calledAt: at(9, 12).toISOString() },
    ]);
    expect(board.recent).toEqual([
      { number: 'YB001', windowId: 'window-2', windowName: windows[1]?.name, calledAt: at(9, 12).toISOString() },
      { number: 'A001', windowId: 'window-1', windowName: windows[0]?.name, calledAt: at(9, 10).toISOString() },
    ]);
    expect(board.waiting.map(({ letter, count }) => [letter, count])).toEqual([['A', 2], ['B', 0], ['C', 1], ['D', 0]]);
    expect(board.waiting[0]?.name).toEqual(demoQueue.businessTypes[0]?.name);
  });

  test('lists at most five recent calls', () => {
    const { db } = openStore(join(tempDir(), 'kiosk.db'));
    for (let minute = 0; minute < 7; minute += 1) {
      issue(db, 'D', false, at(10, minute));
      callNext(db, 'window-1', demoQueue.priority, at(10, minute + 1));
    }
    expect(boardView(db, windows, demoQueue.businessTypes, at(11)).recent.map((call) => call.number)).toEqual(['D007', 'D006', 'D005', 'D004', 'D003']);
  });
});
