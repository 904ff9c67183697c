import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { useTempDir } from '../electron/testing/temp-dir.ts';
import { loadPlan, measureRendererWeight } from './renderer-weight.ts';

const tempDir = useTempDir();

/** A renderer build shaped like Vite's: an entry with a static import and two lazy screens. */
function viteLikeBuild(): { dir: string; files: Record<string, string> } {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  const files: Record<string, string> = {
    'index.html':
      '<!doctype html><html><head><script type="module" crossorigin src="/assets/index-a1.js"></script>\n<link rel="modulepreload" crossorigin href="/assets/vendor-b2.js">\n<link rel="stylesheet" crossorigin href="/assets/index-c3.css"><link rel="icon" href="data:,"></head></html>',
    'assets/index-a1.js': 'import{t as e}from"./vendor-b2.js";import"./polyfill-d4.js";const s=()=>import(`./StaffApp-e5.js`),b=()=>import("./BoardApp-f6.js");e(s,b);',
    'assets/vendor-b2.js': 'export const t=(...a)=>a;'.repeat(50),
    'assets/polyfill-d4.js': 'globalThis.x=1;',
    'assets/index-c3.css': 'body{margin:0}',
    'assets/StaffApp-e5.js': 'import{t}from"./vendor-b2.js";import{l}from"./live-g7.js";t(l);',
    'assets/BoardApp-f6.js': 'import{l}from"./live-g7.js";l();',
    'assets/live-g7.js': 'export const l=()=>0;',
    'assets/StaffApp-h8.css': '.staff{color:red}',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return { dir, files };
}

test('the initial load is the entry, its static imports, its preloads and its stylesheets', () => {
  const plan = loadPlan(viteLikeBuild().dir);
  expect(plan.initial.sort()).toEqual(['assets/index-a1.js', 'assets/index-c3.css', 'assets/polyfill-d4.js', 'assets/vendor-b2.js']);
  expect(plan.lazy.sort()).toEqual(['assets/BoardApp-f6.js', 'assets/StaffApp-e5.js', 'assets/StaffApp-h8.css', 'assets/live-g7.js']);
});

test('weighs the initial JS raw and gzipped, and keeps the lazy chunks apart', () => {
  const { dir, files } = viteLikeBuild();
  const { figures } = measureRendererWeight(dir);
  const kilobytes = (id: string) => figures.find((figure) => figure.id === id)?.summary?.median;
  const bytes = (...paths: string[]) => paths.reduce((sum, path) => sum + Buffer.byteLength(files[path] ?? ''), 0);
  const rawJs = kilobytes('initialJsRaw') ?? 0;
  expect(rawJs * 1000).toBe(bytes('assets/index-a1.js', 'assets/vendor-b2.js', 'assets/polyfill-d4.js'));
  // The repeated vendor chunk compresses well.
  expect(kilobytes('initialJsGzipped')).toBeLessThan(rawJs);
  expect((kilobytes('initialCssRaw') ?? 0) * 1000).toBe(bytes('assets/index-c3.css'));
  expect(kilobytes('lazyChunksGzipped')).toBeGreaterThan(0);
});
