// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { ChoiceToggle } from './ChoiceToggle.tsx';

afterEach(cleanup);

function Choice() {
  const [chosen, setChosen] = useState(false);
  return (
    <ChoiceToggle isSelected={chosen} onChange={setChosen}>
      是
    </ChoiceToggle>
  );
}

describe('ChoiceToggle', () => {
  test('a toggle button that says whether it is chosen, and Enter changes it', () => {
    render(<Choice />);
    const toggle = screen.getByRole('button', { name: '是', pressed: false });
    fireEvent.keyDown(toggle, { key: 'Enter' });
    fireEvent.keyUp(toggle, { key: 'Enter' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: '是', pressed: true })).toBe(toggle);
  });

  test('Up and Down do not change the answer (they move focus, in the key map)', () => {
    render(<Choice />);
    const toggle = screen.getByRole('button', { name: '是' });
    fireEvent.keyDown(toggle, { key: 'ArrowDown' });
    fireEvent.keyUp(toggle, { key: 'ArrowDown' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });
});
