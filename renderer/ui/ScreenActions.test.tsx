// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createKioskI18n } from '../i18n/create.ts';
import { ScreenActions } from './ScreenActions.tsx';

afterEach(cleanup);

function renderInKiosk(children: ReactNode) {
  render(<I18nextProvider i18n={createKioskI18n('zh-CN')}>{children}</I18nextProvider>);
  return screen.queryAllByRole('button').map((button) => button.textContent);
}

function press(name: string) {
  const button = screen.getByRole('button', { name });
  fireEvent.keyDown(button, { key: 'Enter' });
  fireEvent.keyUp(button, { key: 'Enter' });
}

describe('ScreenActions', () => {
  test('上一步 first, then 下一步 unless the screen names its own action', () => {
    const onBack = vi.fn();
    const onNext = vi.fn();
    expect(renderInKiosk(<ScreenActions onBack={onBack} onNext={onNext} />)).toEqual(['上一步', '下一步']);
    press('上一步');
    press('下一步');
    expect(onBack).toHaveBeenCalledOnce();
    expect(onNext).toHaveBeenCalledOnce();
    cleanup();
    expect(renderInKiosk(<ScreenActions onBack={onBack} onNext={onNext} nextLabel="提交" />)).toEqual(['上一步', '提交']);
  });

  test('a screen with no step before it, or nothing to go on to, shows only the other', () => {
    expect(renderInKiosk(<ScreenActions onNext={() => {}} nextLabel="完成" />)).toEqual(['完成']);
    cleanup();
    expect(renderInKiosk(<ScreenActions onBack={() => {}} />)).toEqual(['上一步']);
  });
});
