import { defineConfig } from 'vitest/config';

// End-to-end: the demo app (built against dist/) in Chromium, against the
// Luxxon API simulator. Kept apart from vitest.config.ts: it needs the
// package build and runs in Node, driving the browser with playwright-core.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    teardownTimeout: 10_000,
    fileParallelism: false,
  },
});
