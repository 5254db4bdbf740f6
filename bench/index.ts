/**
 * `npm run bench` (after the build it runs first): bundle size, render
 * overhead in Chromium, retry herd simulation (clients, then pages of
 * boundaries with and without the recovery coordinator). Prints one table; the
 * numbers in the README come from here.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytes, formatTable, int, type TableSection } from './formatTable';
import { RETRY_STRATEGIES } from './herd/retryStrategies';
import { simulateHerd, type HerdModel } from './herd/simulateHerd';
import { simulatePageHerd, type PageHerdModel, type PageHerdResult } from './herd/simulatePageHerd';
import { runRenderBench } from './render/runRenderBench';
import { measureKitSize, type Size } from './size/measureKitSize';
import { SIZE_BUDGETS, SIZE_CEILINGS } from './size/sizeBudgets';
import { measureSizeBreakdown } from './size/sizeBreakdown';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const size = await measureKitSize(repoRoot);
const breakdown = await measureSizeBreakdown(repoRoot);
const VIEWS = 1000;
const ROUNDS = 30;
const REPEATS = 5;
const { chromium, results: render } = await runRenderBench({ views: VIEWS, rounds: ROUNDS, repeats: REPEATS });
const HERD: HerdModel = { clients: 10_000, outageMs: 10_000, capacityPer100Ms: 500, latencyMs: 50 };
const herd = [undefined, 5_000].flatMap((retryAfterMs) =>
  RETRY_STRATEGIES.map((strategy) => ({ retryAfterMs, result: simulateHerd(strategy, { ...HERD, retryAfterMs }) })),
);
// The same server; the clients are pages of 5 waiting boundaries, loaded all at t = 0 (as the herd's) or within 1 s.
const PAGES: PageHerdModel = { pages: 10_000, queriesPerPage: 5, outageMs: HERD.outageMs, capacityPer100Ms: HERD.capacityPer100Ms, latencyMs: HERD.latencyMs };
const pageHerd: { loadSpreadMs: number; retryAfterMs: number | undefined; result: PageHerdResult }[] = [];
for (const loadSpreadMs of [0, 1000])
  for (const retryAfterMs of [undefined, 5_000])
    for (const recovery of ['per-boundary', 'coordinator'] as const)
      pageHerd.push({ loadSpreadMs, retryAfterMs, result: await simulatePageHerd(recovery, { ...PAGES, loadSpreadMs, retryAfterMs }) });

const verdict = (s: Size, limit: number | undefined, pass: string, fail: string) =>
  limit === undefined ? '' : `${bytes(limit)} ${s.gzipBytes <= limit ? pass : fail}`;
const sizeRow = (label: string, s: Size, budget?: number, ceiling?: number) => [
  label,
  int(s.minBytes),
  bytes(s.gzipBytes),
  int(s.brotliBytes),
  verdict(s, budget, 'ok', 'OVER'),
  verdict(s, ceiling, 'met', 'not met'),
];
const ms = (n: number) => n.toFixed(1);
const seconds = (n: number) => (Number.isFinite(n) ? `${(n / 1000).toFixed(1)} s` : 'never');
const labels = { bare: 'bare', 'react-error-boundary': "react-error-boundary's ErrorBoundary", luxxon: 'LuxxonErrorBoundary' } as const;

const sections: TableSection[] = [
  {
    title: 'Bundle size: esbuild, minified, ESM, peers external (react, react-dom, @tanstack/react-query, i18next, react-i18next), from dist/',
    columns: ['entry', 'min B', 'min+gzip', 'brotli B', 'CI guard (gzip)', 'ceiling (gzip)'],
    rows: [
      sizeRow('kit (.), react-error-boundary included', size.kit, SIZE_BUDGETS.kit, SIZE_CEILINGS.kit),
      sizeRow('  kit without react-error-boundary', size.kitWithoutErrorBoundary),
      sizeRow('  typical import (provider, boundary, fromResponse, retry)', size.typicalImport),
      sizeRow('./core', size.core, SIZE_BUDGETS.core, SIZE_CEILINGS.core),
      ...Object.entries(size.locales).map(([locale, s]) => sizeRow(`lazy locale ${locale}`, s)),
      sizeRow('English strings, bundled in the kit (JSON alone)', size.englishStrings),
      sizeRow('styles.css', size.css),
    ],
  },
  {
    title: `Where the kit's gzip bytes go: src/ bundled the same way (${int(breakdown.totalGzip)} B), saving when each part is left out`,
    columns: ['part', 'gzip B'],
    rows: breakdown.parts.map((p) => [p.part, int(p.gzipBytes)]),
  },
  {
    title: 'Largest modules in the kit (minified bytes, before gzip)',
    columns: ['module', 'min B'],
    rows: breakdown.modules.map((m) => [m.module, int(m.minBytes)]),
  },
  {
    title: `Render overhead: ${int(VIEWS)} views in headless Chromium, mount / re-render all / unmount (flushSync), fastest of ${REPEATS} per sample, median of ${ROUNDS} interleaved rounds, ratios paired per round`,
    columns: ['each view wrapped in', 'mount ms', 'update ms', 'unmount ms', 'mount ×bare', '(IQR)', 'update ×bare', 'µs per boundary (mount)'],
    rows: render.map((r) => {
      const bare = render[0];
      const perBoundary = bare === undefined || r.mode === 'bare' ? '' : (((r.mountMs - bare.mountMs) / VIEWS) * 1000).toFixed(2);
      const iqr = r.mode === 'bare' ? '' : `${r.mountRatioIqr[0].toFixed(2)}–${r.mountRatioIqr[1].toFixed(2)}`;
      return [labels[r.mode], ms(r.mountMs), ms(r.updateMs), ms(r.unmountMs), r.mountRatio.toFixed(2), iqr, r.updateRatio.toFixed(2), perBoundary];
    }),
  },
  {
    title:
      `Retry herd: ${int(HERD.clients ?? 0)} clients get 503 at t=0; server down ${seconds(HERD.outageMs ?? 0)}, then ` +
      `${int(HERD.capacityPer100Ms ?? 0)} requests/100 ms (rest shed with 503); ${HERD.latencyMs} ms latency; seeded jitter`,
    columns: ['strategy', 'Retry-After', 'peak req/100 ms after t=0', 'requests until all succeed', 'all succeeded at', 'shed after recovery'],
    rows: herd.map(({ retryAfterMs, result }) => [
      result.strategy,
      retryAfterMs === undefined ? 'none' : seconds(retryAfterMs),
      int(result.peakRetriesPer100Ms),
      int(result.totalRequests),
      seconds(result.allSucceededMs),
      int(result.shedAfterRecovery),
    ]),
  },
  {
    title:
      `Page model: ${int(PAGES.pages ?? 0)} pages × ${PAGES.queriesPerPage} queries, each under a waiting boundary on NO_COVERAGE (503, not retried ` +
      'by React Query); the herd\'s server; the coordinator is the real createRecoveryCoordinator on a discrete-event clock, one per page',
    columns: ['recovery', 'page loads', 'Retry-After', 'peak checks/100 ms', 'checks while down', 'requests until all succeed', '99 % succeeded at', 'all succeeded at', 'shed after recovery'],
    rows: pageHerd.map(({ loadSpreadMs, retryAfterMs, result }) => [
      result.recovery === 'coordinator' ? 'coordinator: one probe per page' : 'each boundary on its own',
      loadSpreadMs === 0 ? 'all at t=0' : `within ${seconds(loadSpreadMs)}`,
      retryAfterMs === undefined ? 'none' : seconds(retryAfterMs),
      int(result.peakChecksPer100Ms),
      int(result.checksWhileDown),
      int(result.totalRequests),
      seconds(result.mostSucceededMs),
      seconds(result.allSucceededMs),
      int(result.shedAfterRecovery),
    ]),
  },
];

const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(`@luxxon/react-errors benchmarks: ${new Date().toISOString().slice(0, 10)}, ${cpu}, ${os.cpus().length} cores, Node ${process.version}, Chromium ${chromium}, load average ${os.loadavg()[0]?.toFixed(1)}`);
console.log(formatTable(sections));
