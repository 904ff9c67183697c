import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The kiosk runs offline on a known Chromium; no legacy bundles.
    target: 'chrome120',
    assetsInlineLimit: 0,
  },
  test: {
    root: '.',
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    // Component tests of the kit (renderer/ui, renderer/a11y) ask for jsdom with a `// @vitest-environment jsdom`
    // first line. Vitest runs each environment's files apart even with isolate off: a node file after them sees no DOM.
    environment: 'node',
    testTimeout: 20_000,
    // Files share their worker's modules (no fresh module graph per file): the unit run took 174 s
    // isolated and 130 s not. Tests that change shared state put it back (fake timers, TZ).
    isolate: false,
    // A worker per core. Vitest's default leaves one core free (a single worker on the kiosk's 2 cores),
    // and the full voice build in electron/server/audio-routes.test.ts then runs alone for over a minute:
    // 137 s against 110 s, measured.
    maxWorkers: '100%',
  },
});
