// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Tile } from './Tile.tsx';

afterEach(cleanup);

describe('Tile', () => {
  test('is one button whose name is the service and its line, not its picture', () => {
    render(<Tile icon={<svg aria-hidden />} name="取号排队" summary="领一张排队号" onPress={() => {}} />);
    const tile = screen.getByRole('button', { name: /^取号排队\s*领一张排队号$/ });
    expect(tile.querySelectorAll('button')).toHaveLength(0);
  });

  test('Enter presses it from the keypad', () => {
    const onPress = vi.fn();
    render(<Tile icon={null} name="查询进度" summary="看办到哪一步了" onPress={onPress} />);
    const tile = screen.getByRole('button', { name: /查询进度/ });
    fireEvent.keyDown(tile, { key: 'Enter' });
    fireEvent.keyUp(tile, { key: 'Enter' });
    expect(onPress).toHaveBeenCalledOnce();
  });
});
