import type { ApiEntry } from './renderApiReport';

/**
 * The entries to report on: every `exports` subpath of package.json that
 * has a `types` file (a new `./devtools` entry is picked up by itself).
 *
 * @example apiEntries({ '.': { types: './dist/index.d.ts' }, './styles.css': './dist/styles.css' }) // [{ subpath: '.', types: './dist/index.d.ts' }]
 */
export function apiEntries(exports: Record<string, unknown>): ApiEntry[] {
  return Object.entries(exports).flatMap(([subpath, target]) => {
    const types = typeof target === 'object' && target !== null ? (target as { types?: unknown }).types : undefined;
    return typeof types === 'string' && types.endsWith('.d.ts') ? [{ subpath, types }] : [];
  });
}

/** The report's file for `entry`: `api/index.api.md` for `.`, `api/core.api.md` for `./core`. */
export function reportFile(entry: ApiEntry): string {
  const name = entry.subpath === '.' ? 'index' : entry.subpath.replace(/^\.\//, '').replaceAll('/', '-');
  return `api/${name}.api.md`;
}
