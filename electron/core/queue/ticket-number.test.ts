import { describe, expect, test } from 'vitest';
import { formatTicketNumber, ticketSeries } from './ticket-number.ts';

describe('ticket numbers', () => {
  test('are the letter and three digits, with the priority mark before a priority ticket', () => {
    expect(formatTicketNumber(ticketSeries('A', false, 'Y'), 12)).toBe('A012');
    expect(formatTicketNumber(ticketSeries('A', true, 'Y'), 3)).toBe('YA003');
    expect(formatTicketNumber(ticketSeries('C', true, 'P'), 999)).toBe('PC999');
  });

  test('grow a digit rather than repeat after 999 in one day', () => {
    expect(formatTicketNumber('B', 1000)).toBe('B1000');
  });
});
