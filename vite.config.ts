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
    environment: 'node',
    testTimeout: 20_000,
  },
});
