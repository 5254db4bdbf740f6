import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

/** Source files (not tests) below `dir`, relative to the repository root. */
function sourcesIn(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test(-d)?\.tsx?$/.test(f))
    .map((f) => path.join(dir, f))
    .sort();
}

/** Every `from '…'` and `import('…')` specifier in `file`. */
function specifiers(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g)].map((m) => (m[1] ?? m[2])!);
}

/** Whether relative `specifier` in `file` stays inside one of `dirs`. */
function staysIn(file: string, specifier: string, dirs: readonly string[]): boolean {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return false;
  const target = path.relative(root, path.resolve(root, path.dirname(file), specifier));
  return dirs.some((dir) => target === dir || target.startsWith(dir + path.sep));
}

describe('src/core is framework-free', () => {
  const sources = sourcesIn('src/core');

  it('has sources to check, in its sub-folders too', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.some((f) => path.dirname(f) !== 'src/core')).toBe(true);
  });

  it.each(sources)('%s imports nothing from React, i18next or outside src/core', (file) => {
    for (const specifier of specifiers(file)) expect(staysIn(file, specifier, ['src/core']), `${file}: ${specifier}`).toBe(true);
  });
});

describe("the fake API's world is pure", () => {
  const sources = sourcesIn('simulator/world');

  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(3);
  });

  // Shared by the Node simulator and the stories' in-browser fetch: no Node, no DOM, no clock.
  it.each(sources)('%s imports only the world, the core and the testing fixtures, and reads no clock or global', (file) => {
    for (const specifier of specifiers(file)) {
      expect(staysIn(file, specifier, ['simulator/world', 'src/core', 'src/testing']), `${file}: ${specifier}`).toBe(true);
    }
    // Comments and plain string literals dropped (the HTML page's inline script mentions `window`).
    const code = readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/gm, "''");
    expect(code).not.toMatch(/\b(window|document|globalThis|process|Buffer|fetch|setTimeout|setInterval|Date\.now|new Date|Math\.random|crypto)\b/);
  });
});
