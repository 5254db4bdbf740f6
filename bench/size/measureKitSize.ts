import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile, type OutputFile } from 'esbuild';

/**
 * What a consumer's app already has: the kit's peer dependencies. They stay
 * out of every measurement. `react-error-boundary` is a dependency of the
 * kit, so it is counted in the kit (and reported on its own as well).
 */
export const PEERS = ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/react-query', 'i18next', 'react-i18next'];

/** Sizes of one piece of JavaScript or CSS, minified. */
export interface Size {
  readonly minBytes: number;
  readonly gzipBytes: number;
  readonly brotliBytes: number;
}

/** Everything `npm run size:check` and `npm run bench` report. */
export interface KitSize {
  /** `export * from '@luxxon/react-errors'`: what loads up front (lazy locales excluded). */
  readonly kit: Size;
  /** The same without `react-error-boundary` (the kit's only dependency). */
  readonly kitWithoutErrorBoundary: Size;
  /** What a typical app imports (provider, boundary, fromResponse, retry policy). */
  readonly typicalImport: Size;
  /** `export * from '@luxxon/react-errors/core'`. */
  readonly core: Size;
  /** The English strings, bundled in the kit (minified JSON). */
  readonly englishStrings: Size;
  /** Every other locale, a chunk loaded on demand, by locale. */
  readonly locales: Readonly<Record<string, Size>>;
  /** `@luxxon/react-errors/styles.css`, minified. */
  readonly css: Size;
  /** `@luxxon/react-errors/devtools/production`: the error lab, what an app that shows it loads. */
  readonly devtools: Size;
  /** `@luxxon/react-errors/devtools` in a production build: the null component it switches to. */
  readonly devtoolsInProduction: Size;
}

/** Sizes of `bytes`: raw, gzip -9, brotli -11. */
export function sizeOf(bytes: Uint8Array | string): Size {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes);
  return {
    minBytes: buffer.length,
    gzipBytes: gzipSync(buffer, { level: 9 }).length,
    brotliBytes: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

interface Bundle {
  /** The entry chunk and every chunk it imports statically: what loads up front. */
  readonly initial: Size;
  /** Chunks reached only through `import()`, by the dist file they came from. */
  readonly lazy: ReadonlyMap<string, Size>;
}

/**
 * Bundles `source` as a consumer's bundler would (esbuild, minified, ESM,
 * browser, code splitting, peers external) and measures the output.
 */
/**
 * esbuild as a consumer's bundler runs it: minified ESM for browsers, code
 * splitting, peers external, nothing written. Shared with the size breakdown.
 */
export function consumerBuildOptions(repoRoot: string, external: readonly string[]) {
  return {
    absWorkingDir: repoRoot,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // As Vite and Rollup-based bundlers emit it: non-ASCII text as UTF-8, not \u escapes.
    charset: 'utf8',
    splitting: true,
    outdir: path.join(repoRoot, '.size-out'),
    external: [...external],
    write: false,
    metafile: true,
    logLevel: 'error',
  } as const satisfies BuildOptions;
}

async function bundle(repoRoot: string, source: string, external: readonly string[] = PEERS): Promise<Bundle> {
  const result = await build({
    ...consumerBuildOptions(repoRoot, external),
    stdin: { contents: source, resolveDir: repoRoot, sourcefile: 'consumer.js', loader: 'js' },
    // Not tsconfig.json's `paths` (they point the package name at src/ for the type-check): the built package, as a consumer gets it.
    tsconfigRaw: {},
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const outputs = result.metafile.outputs;
  const file = (key: string): OutputFile => {
    const found = result.outputFiles.find((f) => f.path === path.resolve(repoRoot, key));
    if (found === undefined) throw new Error(`size: esbuild output ${key} missing`);
    return found;
  };
  const entryKey = Object.keys(outputs).find((key) => outputs[key]?.entryPoint !== undefined);
  if (entryKey === undefined) throw new Error('size: no entry chunk');

  const initialKeys = new Set<string>();
  const visit = (key: string) => {
    if (initialKeys.has(key)) return;
    initialKeys.add(key);
    for (const imported of outputs[key]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entryKey);
  const initialBytes = Buffer.concat([...initialKeys].map((key) => Buffer.from(file(key).contents)));

  const lazy = new Map<string, Size>();
  for (const [key, output] of Object.entries(outputs as Metafile['outputs'])) {
    if (initialKeys.has(key) || key.endsWith('.map')) continue;
    const origin = Object.keys(output.inputs).find((input) => input.startsWith('dist/')) ?? key;
    lazy.set(origin, sizeOf(file(key).contents));
  }
  return { initial: sizeOf(initialBytes), lazy };
}

/** Which locale a dist chunk holds: from its source map, else from its `//#region` comment. */
function localeOfChunk(repoRoot: string, distFile: string): string | undefined {
  const mapFile = path.join(repoRoot, `${distFile}.map`);
  const fromMap = existsSync(mapFile)
    ? (JSON.parse(readFileSync(mapFile, 'utf8')) as { sources?: string[] }).sources?.join(' ')
    : undefined;
  const text = fromMap ?? readFileSync(path.join(repoRoot, distFile), 'utf8').slice(0, 300);
  return /locales\/([^/]+)\/[^/]+\.json/.exec(text)?.[1];
}

async function minifiedCss(repoRoot: string): Promise<Size> {
  const result = await build({
    entryPoints: [path.join(repoRoot, 'dist', 'styles.css')],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'error',
    outdir: path.join(repoRoot, '.size-out'),
  });
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  if (css === undefined) throw new Error('size: no CSS output');
  return sizeOf(css.contents);
}

/**
 * Measures what a consumer's bundler pulls in from the built package
 * (`dist/`, through `package.json#exports`), minified and compressed, with
 * the peer dependencies external. Needs `npm run build` first.
 *
 * @example const { kit, core } = await measureKitSize(process.cwd());
 */
export async function measureKitSize(repoRoot: string): Promise<KitSize> {
  if (!existsSync(path.join(repoRoot, 'dist', 'index.js'))) throw new Error('size: dist/ is missing; run `npm run build` first');
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string };
  // Through the package's own name: esbuild resolves it through package.json#exports.
  const kit = await bundle(repoRoot, `export * from '${manifest.name}';`);
  const kitWithoutErrorBoundary = await bundle(repoRoot, `export * from '${manifest.name}';`, [...PEERS, 'react-error-boundary']);
  const typicalImport = await bundle(
    repoRoot,
    `export { LuxxonProvider, LuxxonErrorBoundary } from '${manifest.name}';\nexport { fromResponse, luxxonRetry, luxxonRetryDelay } from '${manifest.name}/core';`,
  );
  const core = await bundle(repoRoot, `export * from '${manifest.name}/core';`);

  const locales: Record<string, Size> = {};
  for (const [distFile, size] of kit.lazy) {
    locales[localeOfChunk(repoRoot, distFile) ?? distFile] = size;
  }
  const english = JSON.stringify(JSON.parse(readFileSync(path.join(repoRoot, 'locales', 'en', 'luxxon.json'), 'utf8')));
  return {
    kit: kit.initial,
    kitWithoutErrorBoundary: kitWithoutErrorBoundary.initial,
    typicalImport: typicalImport.initial,
    core: core.initial,
    englishStrings: sizeOf(english),
    locales,
    css: await minifiedCss(repoRoot),
    devtools: (await bundle(repoRoot, `export * from '${manifest.name}/devtools/production';`)).initial,
    devtoolsInProduction: (await bundle(repoRoot, `export * from '${manifest.name}/devtools';`)).initial,
  };
}
