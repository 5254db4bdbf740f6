// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltKit } from '../../e2e/support/ensureBuiltKit';

const root = path.resolve(__dirname, '../..');
const dist = (file: string) => path.join(root, 'dist', file);

/** Strings only the devtools' modules hold: the panel's class names, its title, its forced errors' marks. */
const DEVTOOLS_MARKERS = ['lx-devtools', 'Luxxon error lab', 'forced by @luxxon/react-errors/devtools', 'DEVTOOLS_UNMAPPED_CODE'];
/** The unmapped-code warning's text: in development builds only. */
const WARNING = 'neither the kit nor this app maps';

/** `file` and every dist chunk it imports statically, transitively: what loads with it. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  // `from "./x.js"` and `import "./x.js"`; never `import("./x.js")`, a chunk loaded on demand.
  for (const [, imported] of readFileSync(dist(file), 'utf8').matchAll(/\b(?:from|import)\s*["']\.\/([^"']+)["']/g)) {
    if (imported) staticClosure(imported, seen);
  }
  return seen;
}

/** Sources of a dist chunk, from its source map (none for a chunk that only re-exports others, such as dist/index.js). */
const sourcesOf = (file: string): string[] =>
  existsSync(dist(`${file}.map`)) ? (JSON.parse(readFileSync(dist(`${file}.map`), 'utf8')) as { sources: string[] }).sources : [];

/** What a consumer's bundler makes of `source` (esbuild, minified, peers external) for `mode`. */
async function bundle(source: string, mode: 'production' | 'development'): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'consumer.js', loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    outdir: path.join(root, '.devtools-bundle-out'),
    external: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query', 'i18next', 'react-i18next', 'react-error-boundary'],
    // The built package, through package.json#exports (not tsconfig.json's paths to src/).
    tsconfigRaw: {},
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  });
  return result.outputFiles.map((file) => file.text).join('\n');
}

describe('the devtools entry costs the main entry nothing (built output)', () => {
  beforeAll(() => ensureBuiltKit(root), 120_000);

  it('dist/index.js and every chunk it imports statically hold none of the devtools', () => {
    const files = staticClosure('index.js');
    // Sanity: the closure is the real one (the React chunk, the i18n chunk…).
    expect([...files].some((file) => file.startsWith('client-'))).toBe(true);
    for (const file of files) {
      const code = readFileSync(dist(file), 'utf8');
      for (const marker of DEVTOOLS_MARKERS) expect(code.includes(marker), `${marker} in dist/${file}`).toBe(false);
      expect(sourcesOf(file).filter((source) => source.includes('src/devtools/')), `dist/${file}`).toEqual([]);
    }
    // And the devtools entry does hold them: the markers are real.
    const devtools = [...staticClosure('devtools.js')].map((file) => readFileSync(dist(file), 'utf8')).join('\n');
    for (const marker of DEVTOOLS_MARKERS) expect(devtools).toContain(marker);
  });

  it("a production build of an app importing '@luxxon/react-errors/devtools' drops the panel; a development build keeps it", async () => {
    const app = `export { LuxxonDevtools } from '@luxxon/react-errors/devtools';`;
    const production = await bundle(app, 'production');
    for (const marker of DEVTOOLS_MARKERS) expect(production).not.toContain(marker);
    expect(production.length).toBeLessThan(300);
    const development = await bundle(app, 'development');
    for (const marker of DEVTOOLS_MARKERS) expect(development).toContain(marker);
  });

  it("'@luxxon/react-errors/devtools/production' keeps the panel in a production build", async () => {
    const code = await bundle(`export { LuxxonDevtools } from '@luxxon/react-errors/devtools/production';`, 'production');
    expect(code).toContain('lx-devtools');
  });

  it('the unmapped-code warning is in development builds of the main entry only', async () => {
    const app = `export * from '@luxxon/react-errors';`;
    expect(await bundle(app, 'production')).not.toContain(WARNING);
    expect(await bundle(app, 'development')).toContain(WARNING);
  });
});
