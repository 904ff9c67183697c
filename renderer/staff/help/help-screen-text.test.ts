import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSeedDirectory } from '../../../electron/core/catalog/catalog.ts';
import { createKioskI18n } from '../../i18n/create.ts';
import { helpScreenText } from './help-screen-text.ts';

const { seeds } = readSeedDirectory(join(import.meta.dirname, '../../../seeds'));
const zh = createKioskI18n('zh-CN');
const en = createKioskI18n('en');
const inChinese = (screen: string | null) => helpScreenText(screen, seeds, zh.t, 'zh-CN');

describe('where a resident asked for help, in words staff understand', () => {
  test('a question names the service and asks the question as the resident saw it', () => {
    expect(inChinese('form:high-age-allowance:idNumber')).toBe('高龄津贴申请 · 老人的身份证号码是多少？');
    expect(helpScreenText('form:high-age-allowance:idNumber', seeds, en.t, 'en')).toBe("High-age allowance · What is the older person's ID number?");
  });

  test('the other screens of a service, the home screen and the queue', () => {
    expect(inChinese('service:high-age-allowance')).toBe('高龄津贴申请 · 事项说明');
    expect(inChinese('form:high-age-allowance:check-answers')).toBe('高龄津贴申请 · 核对填写的内容');
    expect(inChinese('home')).toBe('首页（选择事项）');
    expect(inChinese('queue:business-type')).toBe('取号排队 · 选择业务类型');
    expect(inChinese('enquiry:reference')).toBe('办理进度查询 · 输入办理编号');
  });

  test('an appeals call says only that a resident needs help', () => {
    expect(inChinese(null)).toBe('有居民需要帮助');
  });

  test('what it does not know it still shows, rather than nothing', () => {
    expect(inChinese('form:high-age-allowance:no-such-step')).toBe('高龄津贴申请');
    expect(inChinese('form:retired-service:x')).toBe('retired-service');
    expect(inChinese('status-check')).toBe('其他页面：status-check');
  });
});
