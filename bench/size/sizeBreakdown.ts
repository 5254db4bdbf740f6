import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { consumerBuildOptions, PEERS, sizeOf } from './measureKitSize';

/** Where the kit's bytes go: exact gzip deltas for its big parts, and its largest modules. */
export interface SizeBreakdown {
  /** min+gzip of the kit bundled from `src/index.ts` (within a few % of the dist measurement). */
  readonly totalGzip: number;
  /** How much smaller the kit gets without each part (gzip bytes), measured by bundling without it. */
  readonly parts: readonly { readonly part: string; readonly gzipBytes: number }[];
  /** The largest modules, minified bytes in the bundle (before compression). */
  readonly modules: readonly { readonly module: string; readonly minBytes: number }[];
}

const emptyEnglish: Plugin = {
  name: 'empty-english',
  setup(b) {
    b.onLoad({ filter: /locales[\\/]en[\\/][^\\/]+\.json$/ }, () => ({ contents: '{}', loader: 'json' }));
  },
};

/** Keeps one source folder out of the bundle, to measure what it adds. */
function externalFolder(folder: string): Plugin {
  return {
    name: `external-${folder}`,
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const resolved = path.resolve(args.resolveDir, args.path);
        return resolved.startsWith(folder + path.sep) && !args.importer.startsWith(folder + path.sep)
          ? { path: resolved, external: true }
          : undefined;
      });
    },
  };
}

async function gzipOfKit(repoRoot: string, plugins: Plugin[] = [], external: readonly string[] = PEERS) {
  const result = await build({
    ...consumerBuildOptions(repoRoot, external),
    entryPoints: [path.join(repoRoot, 'src', 'index.ts')],
    jsx: 'automatic',
    plugins,
  });
  const entry = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint !== undefined);
  const file = entry && result.outputFiles.find((f) => f.path === path.resolve(repoRoot, entry[0]));
  if (entry === undefined || file === undefined) throw new Error('size breakdown: no entry chunk');
  return { gzip: sizeOf(file.contents).gzipBytes, inputs: entry[1].inputs };
}

/**
 * What takes the room in the kit's up-front bundle: the English strings,
 * react-error-boundary, the pure core and the React layer, each measured
 * as the exact gzip saving of bundling the kit without it; plus the largest
 * modules by minified size. Bundles `src/` (not `dist/`) so that every
 * module keeps its name.
 */
export async function measureSizeBreakdown(repoRoot: string, topModules = 10): Promise<SizeBreakdown> {
  const full = await gzipOfKit(repoRoot);
  const withoutEnglish = await gzipOfKit(repoRoot, [emptyEnglish]);
  const withoutErrorBoundary = await gzipOfKit(repoRoot, [], [...PEERS, 'react-error-boundary']);
  const withoutCore = await gzipOfKit(repoRoot, [externalFolder(path.join(repoRoot, 'src', 'core'))]);
  const parts = [
    { part: 'English strings (locales/en, bundled)', gzipBytes: full.gzip - withoutEnglish.gzip },
    { part: 'react-error-boundary', gzipBytes: full.gzip - withoutErrorBoundary.gzip },
    { part: 'pure core (src/core)', gzipBytes: full.gzip - withoutCore.gzip },
  ];
  const rest = full.gzip - parts.reduce((sum, p) => sum + p.gzipBytes, 0);
  const modules = Object.entries(full.inputs)
    .map(([module, input]) => ({ module: module.replace(/^node_modules\/([^/]+)\/.*$/, '$1'), minBytes: input.bytesInOutput }))
    .sort((a, b) => b.minBytes - a.minBytes)
    .slice(0, topModules);
  return {
    totalGzip: full.gzip,
    parts: [...parts, { part: 'React layer + i18n (src/react, src/i18n), the rest', gzipBytes: rest }],
    modules,
  };
}
