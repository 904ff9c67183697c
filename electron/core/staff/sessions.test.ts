import { describe, expect, test } from 'vitest';
import { StaffSessions } from './sessions.ts';

const wangFang = { id: 'wang-fang', name: '王芳', role: 'staff' } as const;
const admin = { id: 'demo-admin', name: '演示管理员', role: 'admin' } as const;

describe('staff sessions', () => {
  test('a token finds its session until it ends', () => {
    const sessions = new StaffSessions();
    const session = sessions.create(wangFang, 'console');
    expect(sessions.lookup(session.token)?.staff).toEqual(wangFang);
    expect(sessions.end(session.token)?.staff).toEqual(wangFang);
    expect(sessions.lookup(session.token)).toBeUndefined();
    expect(sessions.lookup(undefined)).toBeUndefined();
  });

  test('a session untouched for four hours ends; one in use does not', () => {
    let now = 0;
    const sessions = new StaffSessions(() => now);
    const idle = sessions.create(wangFang, 'console');
    const busy = sessions.create(admin, 'console');
    for (let hour = 1; hour <= 4; hour += 1) {
      now = hour * 60 * 60 * 1000;
      expect(sessions.lookup(busy.token)).toBeDefined();
    }
    now += 1;
    expect(sessions.lookup(idle.token)).toBeUndefined();
    expect(sessions.lookup(busy.token)).toBeDefined();
  });

  test('ends every session of one member, and tells who listens', () => {
    const sessions = new StaffSessions();
    const ended: string[] = [];
    const stop = sessions.onEnd((session) => ended.push(session.token));
    const atKiosk = sessions.create(wangFang, 'kiosk');
    const atConsole = sessions.create(wangFang, 'console');
    const other = sessions.create(admin, 'console');
    sessions.endAllFor('wang-fang');
    expect(ended).toEqual([atKiosk.token, atConsole.token]);
    expect(sessions.lookup(other.token)).toBeDefined();
    stop();
    sessions.end(other.token);
    expect(ended).toHaveLength(2);
  });
});
