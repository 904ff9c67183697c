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

/**
 * The browser host is one file with its dependencies inside (issue #9, cold start): resolving and
 * compiling a few hundred modules from node_modules was a third of its start. Kept outside: the native
 * better-sqlite3, and the MP3 encoder, which reads its WebAssembly from beside its own files.
 */
const browserHost: BuildOptions = {
  ...shared,
  packages: undefined,
  external: ['better-sqlite3', 'wasm-media-encoders'],
  // jsonc-parser's CommonJS entry is a UMD wrapper that requires its own files at run time.
  mainFields: ['module', 'main'],
  format: 'esm',
  // Bundled CommonJS packages still require Node's built-in modules.
  banner: { js: "import { createRequire as createKioskRequire } from 'node:module';\nconst require = createKioskRequire(import.meta.url);" },
};

/**
 * The entry turns on Node's compile cache before it loads the bundle, so a restart reuses the code V8
 * compiled last time instead of compiling two megabytes again.
 */
const browserHostEntry = `import { enableCompileCache } from 'node:module';
enableCompileCache();
await import('./kiosk-server.js');
`;

// A file the last build wrote and this one does not would otherwise be served or loaded.
for (const folder of ['dist/server', 'dist/electron']) rmSync(resolve(root, folder), { recursive: true, force: true });

await Promise.all([
  build({ ...browserHost, entryPoints: [resolve(root, 'electron/server/serve.ts')], outfile: resolve(root, 'dist/server/kiosk-server.js') }),
  build({ ...shared, entryPoints: [resolve(root, 'electron/shell/main.ts')], outfile: resolve(root, 'dist/electron/main.cjs'), format: 'cjs' }),
  // A sandboxed preload must be one CommonJS file with no imports but electron.
  build({ ...shared, entryPoints: [resolve(root, 'electron/shell/preload.ts')], outfile: resolve(root, 'dist/electron/preload.cjs'), format: 'cjs' }),
]);
writeFileSync(resolve(root, 'dist/server/serve.js'), browserHostEntry);
writeFileSync(resolve(root, 'dist/build-stamp'), `${new Date().toISOString()}\n`);
console.log('built dist/server and dist/electron');
