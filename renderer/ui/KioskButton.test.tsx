// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { KioskButton } from './KioskButton.tsx';

afterEach(cleanup);

describe('KioskButton', () => {
  test('is a button named by its words, not its picture', () => {
    render(
      <KioskButton icon={<svg aria-hidden />} onPress={() => {}}>
        取号排队
      </KioskButton>,
    );
    expect(screen.getByRole('button', { name: '取号排队' })).toBeTruthy();
  });

  test('Enter and Space press it from the keypad, on release', () => {
    const onPress = vi.fn();
    render(<KioskButton onPress={onPress}>下一步</KioskButton>);
    const button = screen.getByRole('button', { name: '下一步' });
    fireEvent.keyDown(button, { key: 'Enter' });
    expect(onPress).not.toHaveBeenCalled();
    fireEvent.keyUp(button, { key: 'Enter' });
    fireEvent.keyDown(button, { key: ' ' });
    fireEvent.keyUp(button, { key: ' ' });
    expect(onPress).toHaveBeenCalledTimes(2);
  });

  test('a disabled button is named but not pressed', () => {
    const onPress = vi.fn();
    render(
      <KioskButton isDisabled onPress={onPress}>
        提交
      </KioskButton>,
    );
    const button = screen.getByRole('button', { name: '提交' });
    expect(button.hasAttribute('disabled')).toBe(true);
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.keyUp(button, { key: 'Enter' });
    expect(onPress).not.toHaveBeenCalled();
  });
});
