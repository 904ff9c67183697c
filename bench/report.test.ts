import { expect, test } from 'vitest';
import type { Verdict } from './budgets.ts';
import type { Figure } from './figure.ts';
import { notAvailable } from './figure.ts';
import { figureNotes, formatValue, markdownTable, tableRows, textTable } from './report.ts';
import { single, summarise } from './statistics.ts';

const figures: Figure[] = [
  { id: 'interactionToNextPaint', label: 'Tap to next screen painted (INP)', unit: 'ms', summary: summarise([40, 48, 56, 120]), note: '1 tap under 16 ms' },
  { id: 'initialJsGzipped', label: 'Initial JS, gzipped', unit: 'kB', summary: single(136.08) },
  notAvailable('ticketIssueRate', 'Ticket issue', 'req/s', 'not available yet: 404'),
];
const verdicts = new Map<string, Verdict>([
  ['interactionToNextPaint', { budget: 'interactionToNextPaintP95Ms', text: '≤ 100 ms (p95)', within: false }],
  ['ticketIssueRate', { budget: 'ticketIssueRequestsPerSecond', text: '≥ 1,000 req/s (mean)', within: undefined }],
]);

test('values carry their unit, at a precision that suits it', () => {
  expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
  expect(formatValue(0.123, '%')).toBe('0.12 %');
  expect(formatValue(2.5, '×')).toBe('2.50×');
});

test('a row per figure: over budget says NO, a missing figure says why and n/a', () => {
  expect(tableRows(figures, verdicts)).toEqual([
    { figure: 'Tap to next screen painted (INP)', median: '48 ms', p95: '120 ms', mean: '66 ms', n: '4', budget: '≤ 100 ms (p95)', within: 'NO' },
    { figure: 'Initial JS, gzipped', median: '136.1 kB', p95: '', mean: '', n: '1', budget: '', within: '' },
    { figure: 'Ticket issue', median: 'not available yet: 404', p95: '', mean: '', n: '', budget: '≥ 1,000 req/s (mean)', within: 'n/a' },
  ]);
  expect(figureNotes(figures)).toEqual(['Tap to next screen painted (INP): 1 tap under 16 ms']);
});

test('the text table lines up its columns; the Markdown one escapes pipes', () => {
  const lines = textTable(tableRows(figures, verdicts)).split('\n');
  expect(lines).toHaveLength(5);
  const medianColumn = lines[0]?.indexOf('Median') ?? -1;
  expect(lines[2]?.slice(medianColumn)).toMatch(/^48 ms /);
  expect(lines[3]?.slice(medianColumn)).toMatch(/^136\.1 kB /);
  const markdown = markdownTable([{ figure: 'a | b', median: '1 ms', p95: '', mean: '', n: '1', budget: '', within: '' }]);
  expect(markdown.split('\n')).toEqual(['| Figure | Median | p95 | Mean | n | Budget | Within |', '| --- | --- | --- | --- | --- | --- | --- |', '| a \\| b | 1 ms |  |  | 1 |  |  |']);
});
