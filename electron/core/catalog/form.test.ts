import { describe, expect, test } from 'vitest';
import { ServiceForm, isPersonal } from './form.ts';
import type { Question } from './form.ts';

const text = (id: string) => ({ id: `service.demo.${id}`, 'zh-CN': '示例', en: 'Example' });

const base = { nextSteps: [text('next.1')], contact: text('contact') };

describe('ServiceForm', () => {
  test('accepts a form whose conditions look back at earlier answers', () => {
    const form = ServiceForm.parse({
      ...base,
      questions: [
        { id: 'forWhom', type: 'choice', question: text('q1'), choices: [{ value: 'self', label: text('c1') }, { value: 'family', label: text('c2') }] },
        { id: 'agentName', type: 'name', question: text('q2'), showWhen: { answer: 'forWhom', isOneOf: ['family'] } },
      ],
    });
    expect(form.questions[1]?.optional).toBe(false);
    expect(form.eligibility).toEqual([]);
  });

  test('refuses a condition on a later or unknown answer, and a repeated answer id', () => {
    const result = ServiceForm.safeParse({
      ...base,
      questions: [
        { id: 'agentName', type: 'name', question: text('q2'), showWhen: { answer: 'forWhom', isOneOf: ['family'] } },
        { id: 'agentName', type: 'mobile', question: text('q3') },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'showWhen must name an earlier question, not forWhom',
      'answer id agentName is used twice',
    ]);
  });

  test('knows which answers are personal data', () => {
    const question = (type: string, extra: object = {}) => ({ id: 'a', question: text('q'), optional: false, type, ...extra }) as Question;
    expect(isPersonal(question('id-number'))).toBe(true);
    expect(isPersonal(question('mobile'))).toBe(true);
    expect(isPersonal(question('short-text', { maxLength: 100, personal: true }))).toBe(true);
    expect(isPersonal(question('short-text', { maxLength: 100, personal: false }))).toBe(false);
    expect(isPersonal(question('yes-no'))).toBe(false);
  });
});
