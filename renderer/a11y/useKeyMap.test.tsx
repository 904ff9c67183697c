// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { Keybinding } from './keymap.ts';
import { useKeyMap } from './useKeyMap.ts';
import type { KeyCommands } from './useKeyMap.ts';

// jsdom lays nothing out: give every control a box, so focus navigation counts it as shown.
const box = { width: 100, height: 40, top: 0, left: 0, right: 100, bottom: 40, x: 0, y: 0, toJSON: () => ({}) };
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(box);
  HTMLElement.prototype.scrollIntoView = () => {};
});
afterAll(() => {
  vi.restoreAllMocks();
  delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
});
afterEach(cleanup);

function ScreenWithKeyMap({ commands }: { commands: KeyCommands }) {
  useKeyMap(commands);
  return (
    <>
      <button type="button">上一步</button>
      <button type="button" aria-hidden="true">
        hidden
      </button>
      <button type="button">下一步</button>
    </>
  );
}

describe('useKeyMap', () => {
  test('Down and Up move through the shown controls and wrap around', () => {
    render(<ScreenWithKeyMap commands={{}} />);
    fireEvent.keyDown(window, { key: Keybinding.FOCUS_NEXT });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '上一步' }));
    fireEvent.keyDown(window, { key: Keybinding.FOCUS_NEXT });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '下一步' }));
    fireEvent.keyDown(window, { key: Keybinding.FOCUS_NEXT });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '上一步' }));
    fireEvent.keyDown(window, { key: Keybinding.FOCUS_PREVIOUS });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '下一步' }));
  });

  test('Escape is 上一步, and the function keys run their command without reaching the browser', () => {
    const commands = { BACK: vi.fn(), SLOWER: vi.fn(), HELP: vi.fn() };
    render(<ScreenWithKeyMap commands={commands} />);
    fireEvent.keyDown(window, { key: Keybinding.BACK });
    const reload = fireEvent.keyDown(window, { key: Keybinding.SLOWER });
    fireEvent.keyDown(window, { key: Keybinding.HELP });
    expect(commands.BACK).toHaveBeenCalledOnce();
    expect(commands.SLOWER).toHaveBeenCalledOnce();
    expect(commands.HELP).toHaveBeenCalledOnce();
    // fireEvent returns false when the default was prevented: F5 does not reload the kiosk.
    expect(reload).toBe(false);
  });

  test('Escape inside an open dialog belongs to the dialog, not the screen', () => {
    const commands = { BACK: vi.fn() };
    render(
      <>
        <ScreenWithKeyMap commands={commands} />
        <div role="dialog" aria-label="呼叫工作人员" />
      </>,
    );
    fireEvent.keyDown(window, { key: Keybinding.BACK });
    expect(commands.BACK).not.toHaveBeenCalled();
  });

  test('Enter, Backspace and Delete belong to the focused control', () => {
    render(<ScreenWithKeyMap commands={{}} />);
    for (const key of [Keybinding.SELECT, Keybinding.DELETE_ONE, Keybinding.CLEAR]) expect(fireEvent.keyDown(window, { key })).toBe(true);
  });
});
