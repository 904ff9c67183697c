// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createKioskI18n } from '../i18n/create.ts';
import { Keypad, idNumberKeys, phoneKeys } from './Keypad.tsx';

afterEach(cleanup);

function renderKeypad(keys: readonly string[]) {
  const handlers = { onKey: vi.fn(), onDeleteOne: vi.fn(), onClear: vi.fn() };
  render(
    <I18nextProvider i18n={createKioskI18n('zh-CN')}>
      <Keypad keys={keys} label="身份证号码键盘" {...handlers} />
    </I18nextProvider>,
  );
  return { pad: screen.getByRole('group', { name: '身份证号码键盘' }), ...handlers };
}

function press(button: HTMLElement) {
  fireEvent.keyDown(button, { key: 'Enter' });
  fireEvent.keyUp(button, { key: 'Enter' });
}

describe('Keypad', () => {
  test('a named group of its keys, then 删掉一位 and 全部清除, in that order', () => {
    const { pad } = renderKeypad(phoneKeys);
    const names = within(pad)
      .getAllByRole('button')
      .map((button) => button.textContent || button.getAttribute('aria-label'));
    expect(names).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '删掉一位', '全部清除']);
  });

  test('X only on the ID-number pad', () => {
    expect(within(renderKeypad(idNumberKeys).pad).queryByRole('button', { name: 'X' })).toBeTruthy();
    cleanup();
    expect(within(renderKeypad(phoneKeys).pad).queryByRole('button', { name: 'X' })).toBeNull();
  });

  test('takes any keys: the reference letters', () => {
    const { pad, onKey } = renderKeypad([...'AFHJKLMRUWXY']);
    expect(within(pad).getAllByRole('button')).toHaveLength(14);
    press(within(pad).getByRole('button', { name: 'K' }));
    expect(onKey).toHaveBeenCalledWith('K');
  });

  test('each key types from the keypad; delete and clear do their own jobs', () => {
    const { pad, onKey, onDeleteOne, onClear } = renderKeypad(idNumberKeys);
    press(within(pad).getByRole('button', { name: '7' }));
    press(within(pad).getByRole('button', { name: 'X' }));
    press(within(pad).getByRole('button', { name: '删掉一位' }));
    press(within(pad).getByRole('button', { name: '全部清除' }));
    expect(onKey.mock.calls).toEqual([['7'], ['X']]);
    expect(onDeleteOne).toHaveBeenCalledOnce();
    expect(onClear).toHaveBeenCalledOnce();
  });
});
