import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../../e2e/support/chromium';
import { RENDER_MODES, type RenderMode, type RenderSample } from './renderModes';

/** Options of {@link runRenderBench}. */
export interface RenderBenchOptions {
  /** Views per render. Default 1000. */
  readonly views?: number;
  /** Measured rounds; each round samples every mode once, in a rotating order. Default 25. */
  readonly rounds?: number;
  /** Unmeasured rounds first (JIT warm-up). Default 5. */
  readonly warmupRounds?: number;
  /** Runs per sample; a sample keeps the fastest. Default 5. */
  readonly repeats?: number;
}

/** Median timings of one mode, and its ratio to the bare tree. */
export interface RenderResult {
  readonly mode: RenderMode;
  readonly mountMs: number;
  readonly updateMs: number;
  readonly unmountMs: number;
  /** Median over rounds of (this mode ÷ bare in the same round): paired, so load drift cancels. */
  readonly mountRatio: number;
  readonly updateRatio: number;
  /** Interquartile range of the paired mount ratio: how noisy the machine was. */
  readonly mountRatioIqr: readonly [number, number];
}

/** Results of {@link runRenderBench}. */
export interface RenderBench {
  readonly chromium: string;
  readonly results: readonly RenderResult[];
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The `q` quantile (0…1) of `values`, linear between neighbours. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)] ?? NaN;
  const high = sorted[Math.ceil(at)] ?? NaN;
  return low + (high - low) * (at - Math.floor(at));
}

const median = (values: readonly number[]) => quantile(values, 0.5);

/** The page, bundled as an app would ship it: minified, production React, the kit from dist/. */
async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, 'renderPage.tsx')],
    absWorkingDir: path.resolve(here, '../..'),
    // Not tsconfig.json's `paths` (they point the package name at src/ for the type-check): the built package, as a consumer gets it.
    tsconfigRaw: {},
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    charset: 'utf8',
    write: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = result.outputFiles[0];
  if (js === undefined) throw new Error('render bench: esbuild gave no output');
  return js.text;
}

/**
 * Happy-path render cost of 1000 views wrapped each in `LuxxonErrorBoundary`
 * (inside one `QueryClientProvider` + `LuxxonProvider`, as in an app) vs
 * react-error-boundary's `ErrorBoundary` vs bare, in headless Chromium:
 * mount, re-render of every view, unmount, timed with `flushSync` (render +
 * commit, no paint), GC before each run, the fastest of `repeats` runs per
 * sample, modes interleaved round by round, medians over rounds.
 */
export async function runRenderBench(options: RenderBenchOptions = {}): Promise<RenderBench> {
  const { views = 1000, rounds = 30, warmupRounds = 5, repeats = 5 } = options;
  const script = await bundlePage();
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, args: [...(CHROMIUM_LAUNCH.args ?? []), '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>render bench</title></head><body></body></html>');
    await page.addScriptTag({ content: script });
    const samples = new Map<RenderMode, RenderSample[]>(RENDER_MODES.map((mode) => [mode, []]));
    const chromiumVersion = browser.version();
    for (let round = 0; round < warmupRounds + rounds; round += 1) {
      // Rotate the order so that no mode always runs first (or right after another).
      const order = RENDER_MODES.map((_, i) => RENDER_MODES[(i + round) % RENDER_MODES.length] as RenderMode);
      for (const mode of order) {
        const sample = await page.evaluate(
          ([m, n, r]) =>
            (window as unknown as { luxxonRenderBench: { sample: (mode: string, count: number, repeats: number) => RenderSample } }).luxxonRenderBench.sample(m, n, r),
          [mode, views, repeats] as const,
        );
        if (round >= warmupRounds) samples.get(mode)?.push(sample);
      }
    }
    const of = (mode: RenderMode) => samples.get(mode) ?? [];
    const paired = (mode: RenderMode, key: keyof RenderSample) => of(mode).map((s, round) => s[key] / (of('bare')[round]?.[key] ?? NaN));
    const results = RENDER_MODES.map((mode) => ({
      mode,
      mountMs: median(of(mode).map((s) => s.mountMs)),
      updateMs: median(of(mode).map((s) => s.updateMs)),
      unmountMs: median(of(mode).map((s) => s.unmountMs)),
      mountRatio: median(paired(mode, 'mountMs')),
      updateRatio: median(paired(mode, 'updateMs')),
      mountRatioIqr: [quantile(paired(mode, 'mountMs'), 0.25), quantile(paired(mode, 'mountMs'), 0.75)] as const,
    }));
    return { chromium: chromiumVersion, results };
  } finally {
    await browser.close();
  }
}
