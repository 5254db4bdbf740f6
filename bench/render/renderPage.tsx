/**
 * The page of the render benchmark, bundled with esbuild (production React,
 * the kit from dist/ through its package name) and run in Chromium. It
 * exposes `window.luxxonRenderBench`; bench/render/runRenderBench.ts drives it.
 */
import { StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import { LuxxonErrorBoundary, LuxxonProvider } from '@luxxon/react-errors';
import type { RenderMode, RenderSample } from './renderModes';

/** One view of the list: a card as an app's dashboard shows it. */
function View({ index, generation }: { readonly index: number; readonly generation: number }) {
  return (
    <article className="view" data-generation={generation}>
      <h3>Camera {index}</h3>
      <p>
        Zone {index % 17} · {(index * 7) % 60} s left
      </p>
      <ul>
        <li>online</li>
        <li>{index % 2 === 0 ? 'HD' : 'SD'}</li>
      </ul>
    </article>
  );
}

const fallback = <p>failed</p>;

function wrap(mode: RenderMode, child: ReactNode, key: number): ReactNode {
  switch (mode) {
    case 'bare':
      return <div key={key}>{child}</div>;
    case 'react-error-boundary':
      return (
        <div key={key}>
          <ErrorBoundary fallback={fallback}>{child}</ErrorBoundary>
        </div>
      );
    case 'luxxon':
      return (
        <div key={key}>
          <LuxxonErrorBoundary>{child}</LuxxonErrorBoundary>
        </div>
      );
    default:
      return mode satisfies never;
  }
}

function Views({ mode, count, generation }: { readonly mode: RenderMode; readonly count: number; readonly generation: number }) {
  return <>{Array.from({ length: count }, (_, index) => wrap(mode, <View index={index} generation={generation} />, index))}</>;
}

// As in a real app: one QueryClient and one LuxxonProvider around everything, in every mode.
const queryClient = new QueryClient();

function App(props: { readonly mode: RenderMode; readonly count: number; readonly generation: number }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LuxxonProvider lng="en">
          <main>
            <Views {...props} />
          </main>
        </LuxxonProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Mounts `count` views in `mode`, re-renders them all once, unmounts; times each step. */
function once(mode: RenderMode, count: number): RenderSample {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  collect();
  const t0 = performance.now();
  flushSync(() => root.render(<App mode={mode} count={count} generation={0} />));
  const t1 = performance.now();
  flushSync(() => root.render(<App mode={mode} count={count} generation={1} />));
  const t2 = performance.now();
  if (container.querySelectorAll('article[data-generation="1"]').length !== count) throw new Error(`bench: ${mode} did not render ${count} views`);
  flushSync(() => root.unmount());
  const t3 = performance.now();
  container.remove();
  return { mountMs: t1 - t0, updateMs: t2 - t1, unmountMs: t3 - t2 };
}

/**
 * The fastest of `repeats` runs, step by step: on a busy machine a run is
 * only ever slowed down (preempted, a GC), never sped up, so the minimum is
 * the estimate least disturbed by everything else.
 */
function sample(mode: RenderMode, count: number, repeats: number): RenderSample {
  const runs = Array.from({ length: repeats }, () => once(mode, count));
  return {
    mountMs: Math.min(...runs.map((r) => r.mountMs)),
    updateMs: Math.min(...runs.map((r) => r.updateMs)),
    unmountMs: Math.min(...runs.map((r) => r.unmountMs)),
  };
}

Object.assign(window, { luxxonRenderBench: { sample } });
