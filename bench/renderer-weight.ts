import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FigureSet } from './figure.ts';
import { single } from './statistics.ts';

/** The files a page loads before its first screen, and the chunks it fetches only when asked. */
export interface LoadPlan {
  initial: string[];
  lazy: string[];
}

/** `<script type="module" src>`, `<link rel="modulepreload" href>` and `<link rel="stylesheet" href>`. */
function htmlReferences(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? [];
  return tags
    .filter((tag) => /type="module"/.test(tag) || /rel="(?:modulepreload|stylesheet)"/.test(tag))
    .map((tag) => /(?:src|href)="\/?([^"]+)"/.exec(tag)?.[1])
    .filter((path): path is string => path !== undefined);
}

/**
 * A chunk's static imports (`import{…}from"./x.js"`, `import"./x.js"`), which load with it. Dynamic
 * imports (`import("./x.js")`) have a bracket after `import` and are left out: they load on demand.
 */
function staticImports(source: string): string[] {
  return [...source.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g)].map((match) => match[1] ?? '');
}

/** What dist/renderer/index.html loads at first (following static imports), and every other chunk. */
export function loadPlan(rendererDir: string): LoadPlan {
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path)) return;
    initial.add(path);
    if (!path.endsWith('.js')) return;
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    for (const imported of staticImports(readFileSync(join(rendererDir, path), 'utf8'))) visit(folder + imported.slice(2));
  };
  for (const path of htmlReferences(readFileSync(join(rendererDir, 'index.html'), 'utf8'))) visit(path);
  const assets = readdirSync(join(rendererDir, 'assets'))
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file) => `assets/${file}`);
  return { initial: [...initial], lazy: assets.filter((path) => !initial.has(path)) };
}

interface Weight {
  raw: number;
  gzipped: number;
}

function weigh(rendererDir: string, paths: readonly string[]): Weight & { files: Record<string, Weight> } {
  const files: Record<string, Weight> = {};
  for (const path of paths) {
    const bytes = readFileSync(join(rendererDir, path));
    files[path] = { raw: bytes.length, gzipped: gzipSync(bytes).length };
  }
  const total = (key: keyof Weight) => Object.values(files).reduce((sum, each) => sum + each[key], 0);
  return { raw: total('raw'), gzipped: total('gzipped'), files };
}

const kilobytes = (bytes: number) => single(bytes / 1000);

/**
 * Renderer weight: the JS and CSS of the initial load (the entry script, its static imports, the
 * stylesheets), raw and gzipped. Lazy chunks (staff console, board) are reported apart, not counted.
 */
export function measureRendererWeight(rendererDir: string): FigureSet {
  const plan = loadPlan(rendererDir);
  const js = weigh(rendererDir, plan.initial.filter((path) => path.endsWith('.js')));
  const css = weigh(rendererDir, plan.initial.filter((path) => path.endsWith('.css')));
  const lazy = weigh(rendererDir, plan.lazy);
  return {
    figures: [
      { id: 'initialJsGzipped', label: 'Initial JS, gzipped', unit: 'kB', summary: kilobytes(js.gzipped) },
      { id: 'initialJsRaw', label: 'Initial JS, raw', unit: 'kB', summary: kilobytes(js.raw) },
      { id: 'initialCssGzipped', label: 'Initial CSS, gzipped', unit: 'kB', summary: kilobytes(css.gzipped) },
      { id: 'initialCssRaw', label: 'Initial CSS, raw', unit: 'kB', summary: kilobytes(css.raw) },
      { id: 'lazyChunksGzipped', label: 'Lazy chunks (staff, board), gzipped, not counted', unit: 'kB', summary: kilobytes(lazy.gzipped) },
    ],
    details: { initialJs: js, initialCss: css, lazy },
  };
}
