import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders whose code is compiled into dist/. Seeds and config are read at run time, not built. */
export const builtSources = ['electron', 'renderer'] as const;

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** True when dist/ is missing or older than any source file, so `npm start` must build first. */
export function buildIsStale(root: string): boolean {
  const stamp = join(root, 'dist/build-stamp');
  if (!existsSync(stamp)) return true;
  const builtAt = statSync(stamp).mtimeMs;
  return builtSources.some((source) => newestModification(join(root, source)) > builtAt);
}
