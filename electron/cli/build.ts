import { build } from 'esbuild';
import type { BuildOptions } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Builds the backend and the Electron main process (Vite builds the renderer first).
 * Dependencies stay in node_modules: better-sqlite3 loads its own prebuilt binary from there.
 */
const root = resolve(import.meta.dirname, '../..');
const shared: BuildOptions = { bundle: true, platform: 'node', target: 'node22', packages: 'external', sourcemap: true, logLevel: 'warning' };

// A file the last build wrote and this one does not would otherwise be served or loaded.
for (const folder of ['dist/server', 'dist/electron']) rmSync(resolve(root, folder), { recursive: true, force: true });

await Promise.all([
  build({ ...shared, entryPoints: [resolve(root, 'electron/server/serve.ts')], outfile: resolve(root, 'dist/server/serve.js'), format: 'esm' }),
  build({ ...shared, entryPoints: [resolve(root, 'electron/shell/main.ts')], outfile: resolve(root, 'dist/electron/main.cjs'), format: 'cjs' }),
  // A sandboxed preload must be one CommonJS file with no imports but electron.
  build({ ...shared, entryPoints: [resolve(root, 'electron/shell/preload.ts')], outfile: resolve(root, 'dist/electron/preload.cjs'), format: 'cjs' }),
]);
writeFileSync(resolve(root, 'dist/build-stamp'), `${new Date().toISOString()}\n`);
console.log('built dist/server and dist/electron');
