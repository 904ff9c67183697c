import { defineConfig } from 'vitest/config';

/**
 * `npm run test:durability` (issue #8, Durability tests): the real backend process killed and restarted,
 * and the reference county receiver down and flaky. Kept apart from `npm run test:unit`, whose files
 * end in .test.ts, so nothing runs twice; one file at a time, since each drives whole processes.
 */
export default defineConfig({
  test: {
    root: '.',
    include: ['electron/durability/**/*.durability.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
  },
});
