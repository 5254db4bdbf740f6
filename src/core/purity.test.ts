import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.resolve('src/core');
const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(f));

describe('src/core is framework-free', () => {
  it('has sources to check, in its sub-folders too', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.some((f) => f.includes(path.sep))).toBe(true);
  });

  it.each(sources)('%s imports nothing from React, i18next or outside src/core', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const specifiers = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? '');
    for (const specifier of specifiers) {
      expect(specifier, file).toMatch(/^\.\.?\/[\w./-]+$/);
      const target = path.resolve(dir, path.dirname(file), specifier);
      expect(path.relative(dir, target).startsWith('..'), `${file} → ${specifier}`).toBe(false);
    }
  });
});
