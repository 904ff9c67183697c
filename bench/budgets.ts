import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Figure } from './figure.ts';

/** bench/budgets.json: issue #9's budgets, one number each; the key says which statistic it bounds. */
const Budgets = z.strictObject({
  screenToFirstAudioP95Ms: z.number().positive(),
  interactionToNextPaintP95Ms: z.number().positive(),
  coldStartTimesStaticPageMedian: z.number().positive(),
  initialJsGzippedKb: z.number().positive(),
  rendererHeapGrowthPercent: z.number().positive(),
  idleCpuPercentOfOneCore: z.number().positive(),
  ticketIssueRequestsPerSecond: z.number().positive(),
});
export type Budgets = z.infer<typeof Budgets>;

export function readBudgets(file: string): Budgets {
  return Budgets.parse(JSON.parse(readFileSync(file, 'utf8')));
}

interface BudgetRule {
  figure: string;
  statistic: 'median' | 'p95' | 'mean';
  bound: 'at-most' | 'at-least';
}

/** Which figure and statistic each budget bounds. */
export const budgetRules: Record<keyof Budgets, BudgetRule> = {
  screenToFirstAudioP95Ms: { figure: 'screenToFirstAudio', statistic: 'p95', bound: 'at-most' },
  interactionToNextPaintP95Ms: { figure: 'interactionToNextPaint', statistic: 'p95', bound: 'at-most' },
  coldStartTimesStaticPageMedian: { figure: 'coldStartTimesStaticPage', statistic: 'median', bound: 'at-most' },
  initialJsGzippedKb: { figure: 'initialJsGzipped', statistic: 'median', bound: 'at-most' },
  rendererHeapGrowthPercent: { figure: 'rendererHeapGrowth', statistic: 'median', bound: 'at-most' },
  // The issue's "CPU time over 60 s": the whole idle time's CPU divided by its length.
  idleCpuPercentOfOneCore: { figure: 'idleCpuKiosk', statistic: 'mean', bound: 'at-most' },
  ticketIssueRequestsPerSecond: { figure: 'ticketIssueRate', statistic: 'mean', bound: 'at-least' },
};

export interface Verdict {
  budget: keyof Budgets;
  /** "≤ 500 ms (p95)" */
  text: string;
  /** Undefined when the figure is not available in this run. */
  within: boolean | undefined;
}

/** Each budgeted figure against its budget, by figure id. */
export function judge(figures: readonly Figure[], budgets: Budgets): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>();
  for (const [budget, rule] of Object.entries(budgetRules) as [keyof Budgets, BudgetRule][]) {
    const figure = figures.find((each) => each.id === rule.figure);
    if (!figure) throw new Error(`budget ${budget}: the bench measured no figure ${rule.figure}`);
    const limit = budgets[budget];
    const unit = figure.unit === '×' ? '×' : ` ${figure.unit}`;
    const text = `${rule.bound === 'at-most' ? '≤' : '≥'} ${limit.toLocaleString('en')}${unit} (${rule.statistic})`;
    const value = figure.summary?.[rule.statistic];
    const within = value === undefined ? undefined : rule.bound === 'at-most' ? value <= limit : value >= limit;
    verdicts.set(figure.id, { budget, text, within });
  }
  return verdicts;
}
