import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

/**
 * Issue #17.2: the backend's modules import one another without a cycle, type-only imports included
 * (a cycle through `import type` once tied app.ts to every route file). Walks electron/server and
 * electron/core; an import that leaves them cannot close a cycle inside them.
 */
const electronDir = resolve(import.meta.dirname, '..');
const walked = ['server', 'core'].map((room) => join(electronDir, room));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(dir, name));
}

function importGraph(): Map<string, string[]> {
  const files = new Set(walked.flatMap(sourceFiles));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map(({ fileName }) => fileName).filter((name) => name.startsWith('.')).map((name) => resolve(dirname(file), name));
    graph.set(file, targets.filter((target) => files.has(target)));
  }
  return graph;
}

/** Each cycle a depth-first walk meets, as the files around it. */
function cyclesIn(graph: Map<string, string[]>): string[][] {
  const done = new Set<string>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) return void cycles.push([...path.slice(at), file]);
    if (done.has(file)) return;
    path.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

test('electron/server and electron/core have no import cycle, type-only imports included', () => {
  const graph = importGraph();
  expect(graph.size).toBeGreaterThan(100);
  const cycles = cyclesIn(graph).map((cycle) => cycle.map((file) => relative(electronDir, file)).join(' → '));
  expect(cycles).toEqual([]);
});
