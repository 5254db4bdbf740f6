// @vitest-environment node
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

// What a browser ships for the kit: every export of the package entry with
// React DOM, i18next, react-i18next and TanStack Query, bundled for production.
const entry = `
export * from './src/index.ts';
export { createRoot, hydrateRoot } from 'react-dom/client';
export { QueryClient, QueryClientProvider } from '@tanstack/react-query';
`;

/** Code a strict `script-src` without 'unsafe-eval' refuses to run. */
const EVAL_LIKE = [
  /(?<![\w$.])eval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /(?<![\w$.])Function\s*\(\s*["'`]/,
  /\bset(?:Timeout|Interval)\s*\(\s*["'`]/,
  /\bimportScripts\s*\(/,
];

describe('strict Content-Security-Policy: no eval', () => {
  it('the kit bundled with its peers for production contains no eval, new Function or string timers', async () => {
    const result = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'csp-entry.ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      minify: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const code = result.outputFiles.map((file) => file.text).join('\n');
    // Sanity: the bundle really holds the kit and its peers.
    expect(code).toContain('lx-error');
    expect(code).toContain('i18next');
    expect(code.length).toBeGreaterThan(100_000);
    for (const pattern of EVAL_LIKE) {
      const match = pattern.exec(code);
      expect(match ? code.slice(Math.max(0, match.index - 120), match.index + 80) : null, String(pattern)).toBeNull();
    }
  });
});
