import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import repoConfig from '../../vitest.config.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

/**
 * Installed into scripts/peers/node_modules from scripts/peers/package-lock.json:
 * the lowest peers the package accepts, and the libraries that render with
 * them (React Testing Library, user-event, react-error-boundary), so that one
 * React is in play everywhere.
 */
const FROM_PEERS = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  'i18next',
  'react-i18next',
  'react-error-boundary',
  '@testing-library/react',
  '@testing-library/dom',
  '@testing-library/user-event',
];

/**
 * `npm run test:peers`: the unit and browser projects of vitest.config.ts,
 * with every import of a peer resolved to scripts/peers/node_modules. What
 * React 18 does differently is spelled out where a test meets it (see
 * test/support/reactLogs.ts); nothing is skipped.
 */
export default mergeConfig(
  repoConfig,
  defineConfig({
    root: repoRoot,
    cacheDir: path.join(here, 'node_modules', '.vite'),
    resolve: {
      alias: FROM_PEERS.map((name) => ({
        find: new RegExp(`^${name.replace('/', '\\/')}(?=$|/)`),
        replacement: path.join(here, 'node_modules', name),
      })),
    },
    test: {
      setupFiles: [path.join(here, 'expectLowestPeers.ts')],
      // React 18 logs every error a boundary catches, with its component stack, and its development
      // build rethrows it to window.onerror (jsdom prints it): by far the slowest part of a run of
      // the property tests (200 caught errors each). Not shown, and more time per test.
      onConsoleLog: (log, type) => (type === 'stderr' && /The above error occurred in|^Error: Uncaught |^LuxxonError: /.test(log) ? false : undefined),
      testTimeout: 20_000,
      // The unit project runs in Node: its dependencies are loaded by Node, not by Vite, unless
      // inlined, and only inlined ones see the alias (then every React import is the same React).
      server: { deps: { inline: [/@testing-library\/(react|user-event|jest-dom)/, 'react-i18next', '@tanstack/react-query', 'react-error-boundary'] } },
    },
  }),
);
