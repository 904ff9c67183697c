// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test } from 'vitest';
import { createKioskI18n } from '../i18n/create.ts';
import { ErrorSummary } from './ErrorSummary.tsx';

afterEach(cleanup);

describe('ErrorSummary', () => {
  test('a group named by its heading, which takes focus and lists each problem', () => {
    render(
      <I18nextProvider i18n={createKioskI18n('zh-CN')}>
        <ErrorSummary problems={['这一项还没有填。请填写后再点“下一步”。']} />
      </I18nextProvider>,
    );
    const summary = screen.getByRole('group', { name: '有问题，请改正' });
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['这一项还没有填。请填写后再点“下一步”。']);
  });
});
