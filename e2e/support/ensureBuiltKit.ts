import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Newest modification time under `target` (a file or a folder), in ms. */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/**
 * The end-to-end tests run the built package (`dist/`), as a consumer would.
 * Builds it with `tsdown` when it is missing or older than its sources, so
 * that `npm run test:e2e` never tests yesterday's build; in `npm test` the
 * build has just run and this costs nothing. `E2E_NO_BUILD=1` takes `dist/`
 * as it is (when src/ is mid-change and does not build).
 */
export function ensureBuiltKit(repoRoot: string): void {
  const built = path.join(repoRoot, 'dist', 'index.js');
  if (process.env.E2E_NO_BUILD === '1' && existsSync(built)) return;
  const sources = ['src', 'locales', 'tsdown.config.ts', 'package.json'].map((p) => newestMtime(path.join(repoRoot, p)));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources)) return;
  console.log('e2e: dist/ is missing or older than src/, building the package (tsdown)…');
  const result = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsdown'), ['--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`e2e: the package build failed (tsdown exit ${result.status ?? result.signal})`);
}
