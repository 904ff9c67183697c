import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { judge, readBudgets } from './budgets.ts';
import type { FigureSet } from './figure.ts';
import type { BenchPlan } from './plan.ts';
import { figureNotes, markdownTable, tableRows, textTable } from './report.ts';

export interface BenchRun {
  plan: BenchPlan;
  sets: Record<string, FigureSet>;
  setup: Record<string, unknown>;
  wallSeconds: number;
  loadAtStart: number[];
}

/**
 * Judges the figures against bench/budgets.json, writes results.json (every figure and detail) and
 * results.md (the table for the README) and prints the table. Returns the budgets exceeded. A full run
 * writes into bench/; the smoke run into the temporary directory, so `npm test` leaves the figures alone.
 */
export function reportResults(root: string, { plan, sets, setup, wallSeconds, loadAtStart }: BenchRun): string[] {
  const outDir = plan.quick ? mkdtempSync(join(tmpdir(), 'kiosk-bench-quick-')) : join(root, 'bench');
  const figures = Object.values(sets).flatMap((set) => set.figures);
  const verdicts = judge(figures, readBudgets(join(root, 'bench/budgets.json')));
  const rows = tableRows(figures, verdicts);
  const date = new Date().toISOString();
  const machine = { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadAverage: { atStart: loadAtStart, atEnd: loadavg() } };
  const results = {
    date,
    quick: plan.quick,
    wallSeconds,
    machine,
    setup,
    figures,
    budgets: Object.fromEntries(verdicts),
    details: Object.fromEntries(Object.entries(sets).map(([name, set]) => [name, set.details])),
  };
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  // The machine's load is part of the result: other work on its two cores shows in every time.
  const load = (averages: number[]) => averages.map((each) => each.toFixed(2)).join(' ');
  const conditions = `${plan.quick ? 'Quick run' : 'Full run'} on ${date.slice(0, 10)}, ${machine.cpus} × ${machine.model}, load average ${load(loadAtStart)} at the start and ${load(machine.loadAverage.atEnd)} at the end.`;
  const notes = [...figureNotes(figures), conditions];
  writeFileSync(join(outDir, 'results.md'), `${markdownTable(rows)}\n\n${notes.join('\n\n')}\n`);
  console.log(`\n${textTable(rows)}\n\n${notes.join('\n')}`);

  const over = [...verdicts.values()].filter((verdict) => verdict.within === false).map((verdict) => verdict.budget);
  if (over.length > 0) console.log(`Over budget: ${over.join(', ')}${plan.quick ? ' (not enforced in --quick)' : ''}`);
  console.log(`Results: ${join(outDir, 'results.json')} and results.md`);
  console.log(`Wall time: ${wallSeconds.toFixed(1)} s`);
  return over;
}
