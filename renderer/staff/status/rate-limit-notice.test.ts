import { expect, test } from 'vitest';
import { createKioskI18n } from '../../i18n/create.ts';

// Issue #16.4: the console's notice when a client went over a limit (electron/server/request-limits.ts), as StatusPanel shows it.
test('a rate-limit notice reads as a whole sentence in both languages, for every limit and client', () => {
  const zh = createKioskI18n('zh-CN');
  const en = createKioskI18n('en');
  expect(zh.t('staff.notices.rate-limited', { limit: 'tickets', from: 'kiosk' })).toMatch(/^自助终端本机在短时间内取号太多，/);
  expect(en.t('staff.notices.rate-limited', { limit: 'helpCalls', from: 'paired-device' })).toMatch(/^A paired hall device made too many help calls in a short time\./);
  for (const i18n of [zh, en]) {
    for (const limit of ['tickets', 'helpCalls', 'speechCharacters']) {
      for (const from of ['kiosk', 'paired-device']) {
        const text = i18n.t('staff.notices.rate-limited', { limit, from });
        expect(text, `${i18n.language} ${limit} ${from}`).not.toMatch(/\$t\(|\{\{|staff\.notices/);
      }
    }
  }
});
