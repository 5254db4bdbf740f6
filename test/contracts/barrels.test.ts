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

describe('the barrels (docs/api.md)', () => {
  it('the root re-exports every value of ./core, the same binding', () => {
    const missing = Object.keys(core).filter((name) => (root as Record<string, unknown>)[name] !== (core as Record<string, unknown>)[name]);
    expect(missing).toEqual([]);
  });

  it('the root re-exports every name of ./core, types included (as the API reports list them)', () => {
    const rootNames = new Set(reportedExports('api/index.api.md'));
    const coreNames = reportedExports('api/core.api.md');
    expect(coreNames.length).toBeGreaterThan(30);
    expect(coreNames.filter((name) => !rootNames.has(name))).toEqual([]);
  });

  it.each(['src/index.ts', 'src/core/index.ts', 'src/testing/index.ts'])('%s names every export (no export *)', (file) => {
    expect(read(file)).not.toMatch(/export\s+(type\s+)?\*/);
  });
});
