import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// `npm run test:next`: the built package as a Next.js App Router app uses it.
// builtPackage: what server bundlers see in dist/ (client modules, chunk
// names, types). nextApp: examples/next built with `next build`, served by
// `next start` on 127.0.0.1, driven in Chromium against the API simulator.
export default defineConfig({
  root: repoRoot,
  test: {
    name: 'next',
    include: ['e2e/next/**/*.next.test.ts'],
    globalSetup: ['e2e/next/globalSetup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 240_000,
    teardownTimeout: 10_000,
    fileParallelism: false,
  },
});
