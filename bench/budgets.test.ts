import { join } from 'node:path';
import { expect, test } from 'vitest';
import { budgetRules, judge, readBudgets } from './budgets.ts';
import type { Budgets } from './budgets.ts';
import type { Figure } from './figure.ts';
import { single, summarise } from './statistics.ts';

const budgets = readBudgets(join(import.meta.dirname, 'budgets.json'));

/** Every budgeted figure, each exactly at its budget. */
function figuresAtBudget(): Figure[] {
  return (Object.entries(budgetRules) as [keyof Budgets, (typeof budgetRules)[keyof Budgets]][]).map(([budget, rule]) => ({
    id: rule.figure,
    label: rule.figure,
    unit: 'ms',
    summary: single(budgets[budget]),
  }));
}

test("bench/budgets.json holds the issue's seven budgets", () => {
  expect(budgets).toEqual({
    screenToFirstAudioP95Ms: 500,
    interactionToNextPaintP95Ms: 100,
    coldStartTimesStaticPageMedian: 3,
    initialJsGzippedKb: 250,
    rendererHeapGrowthPercent: 10,
    idleCpuPercentOfOneCore: 1,
    ticketIssueRequestsPerSecond: 1000,
  });
});

test('a figure exactly at its budget is within it', () => {
  const verdicts = judge(figuresAtBudget(), budgets);
  expect(verdicts.size).toBe(7);
  expect([...verdicts.values()].every((verdict) => verdict.within === true)).toBe(true);
});

test('a time bounds its p95 from above; a rate bounds its mean from below', () => {
  const figures = figuresAtBudget().map((figure) => {
    if (figure.id === 'interactionToNextPaint') return { ...figure, summary: summarise([50, 60, 70, 80, 150]) };
    if (figure.id === 'ticketIssueRate') return { ...figure, unit: 'req/s' as const, summary: summarise([999, 999, 999], { worse: 'lower' }) };
    return figure;
  });
  const verdicts = judge(figures, budgets);
  expect(verdicts.get('interactionToNextPaint')).toEqual({ budget: 'interactionToNextPaintP95Ms', text: '≤ 100 ms (p95)', within: false });
  expect(verdicts.get('ticketIssueRate')).toEqual({ budget: 'ticketIssueRequestsPerSecond', text: '≥ 1,000 req/s (mean)', within: false });
});

test('a figure that is not available yet is neither within nor over its budget', () => {
  const figures = figuresAtBudget().map((figure) => (figure.id === 'ticketIssueRate' ? { ...figure, summary: undefined } : figure));
  expect(judge(figures, budgets).get('ticketIssueRate')?.within).toBeUndefined();
});

test('a budget whose figure the bench forgot to measure is a bug', () => {
  expect(() => judge(figuresAtBudget().slice(1), budgets)).toThrow(/measured no figure/);
});
