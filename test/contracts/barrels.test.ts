import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index';
import * as root from '../../src/index';

const repo = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');

/** The names an API report lists as exports (types included). */
function reportedExports(report: string): string[] {
  const exportsSection = read(report).split('\n## ')[1] ?? '';
  return [...exportsSection.matchAll(/^### `([^`]+)`/gm)].map((m) => m[1]!);
}

/** The core's data layer and iteration lists: `./core` only (docs/api.md, "The rule"). */
const CORE_ONLY = [
  'fromResponse',
  'ResponseLike',
  'parseRetryAfter',
  'luxxonRetry',
  'luxxonRetryDelay',
  'createRetryPolicy',
  'RetryPolicy',
  'RetryPolicyOptions',
  'ERROR_FAMILIES',
  'EXPERIENCE_KINDS',
];

describe('the barrels (docs/api.md)', () => {
  it('the root re-exports every other value of ./core, the same binding, and none of the core-only ones', () => {
    const values = root as Record<string, unknown>;
    const missing = Object.keys(core).filter((name) => !CORE_ONLY.includes(name) && values[name] !== (core as Record<string, unknown>)[name]);
    expect(missing).toEqual([]);
    expect(CORE_ONLY.filter((name) => name in values)).toEqual([]);
  });

  it('the root re-exports every other name of ./core, types included (as the API reports list them)', () => {
    const rootNames = new Set(reportedExports('api/index.api.md'));
    const coreNames = reportedExports('api/core.api.md');
    expect(coreNames.length).toBeGreaterThan(30);
    expect(CORE_ONLY.every((name) => coreNames.includes(name))).toBe(true);
    expect(coreNames.filter((name) => !CORE_ONLY.includes(name) && !rootNames.has(name))).toEqual([]);
    expect(CORE_ONLY.filter((name) => rootNames.has(name))).toEqual([]);
  });

  it.each(['src/index.ts', 'src/core/index.ts', 'src/testing/index.ts'])('%s names every export (no export *)', (file) => {
    expect(read(file)).not.toMatch(/export\s+(type\s+)?\*/);
  });
});
