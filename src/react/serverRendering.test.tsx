import { act, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CODE_REGISTRY } from '../core/codes/codeRegistry';
import { EXPERIENCE_KINDS, type ExperienceKind } from '../core/experience/ExperienceKind';
import type { LuxxonErrorCode } from '../core/codes/codes';
import { createLuxxonError } from '../testing/createLuxxonError';
import { LuxxonErrorScreen } from './screens/LuxxonErrorScreen';
import { LuxxonProvider, type LuxxonProviderProps } from './provider/LuxxonProvider';

/** One code per screen kind, from the registry. */
const codeOf = (kind: ExperienceKind) => Object.entries(CODE_REGISTRY).find(([, info]) => info.kind === kind)![0] as LuxxonErrorCode;

function page(code: LuxxonErrorCode, provider: Omit<LuxxonProviderProps, 'children'>): ReactElement {
  const queryClient = new QueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <LuxxonProvider {...provider}>
        <main>
          <LuxxonErrorScreen error={createLuxxonError(code)} onRetry={() => undefined} />
        </main>
      </LuxxonProvider>
    </QueryClientProvider>
  );
}

/** Server HTML as a server makes it: no `window`, `document` or `navigator` while rendering. */
function renderOnServer(tree: ReactElement): string {
  vi.stubGlobal('window', undefined);
  vi.stubGlobal('document', undefined);
  vi.stubGlobal('navigator', undefined);
  try {
    return renderToString(tree);
  } finally {
    vi.unstubAllGlobals();
  }
}

let root: Root | undefined;
beforeAll(() => {
  // hydrateRoot is React's own API here (not Testing Library's render): tell React that act() is in use.
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
});
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Hydrates `html` with `tree` in the browser; returns what React reported. */
async function hydrate(html: string, tree: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await act(async () => {
    root = hydrateRoot(container, tree, { onRecoverableError: (error) => recoverable.push(error) });
  });
  return { container, recoverable, consoleErrors: consoleError.mock.calls };
}

describe('server rendering: the server HTML and the first client render agree', () => {
  it.each(EXPERIENCE_KINDS.map((kind) => [kind, codeOf(kind)] as const))('%s (%s) hydrates without a mismatch', async (_kind, code) => {
    // Different randomness on each side: only a screen that waits for hydration renders the same countdown.
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const html = renderOnServer(page(code, { lng: 'en', loginUrl: '/login', topUpUrl: '/billing' }));
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    const { container, recoverable, consoleErrors } = await hydrate(html, page(code, { lng: 'en', loginUrl: '/login', topUpUrl: '/billing' }));
    expect(recoverable).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(container.querySelector('.lx-error')).toHaveAttribute('data-code', code);
  });

  it('the waiting screen counts down from the backoff midpoint on the server and while hydrating, randomly only after', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const html = renderOnServer(page('NO_COVERAGE', { lng: 'en' }));
    // Equal jitter on a 4 s ceiling: 2 s fixed + 0.5 × 2 s.
    expect(html).toContain('Checking again in 3 seconds');
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    const { container, recoverable } = await hydrate(html, page('NO_COVERAGE', { lng: 'en' }));
    expect(recoverable).toEqual([]);
    // Once mounted, the screen joins the page's recovery, whose countdown is jittered (4 s ceiling, 0.99).
    expect(container).toHaveTextContent('Checking again in 4 seconds');
  });

  it('the re-login link is the sign-in page on the server, and carries the page after hydration', async () => {
    const tree = () => page('NOT_AUTHENTICATED', { lng: 'en', loginUrl: '/login' });
    const html = renderOnServer(tree());
    expect(html).toContain('href="/login"');
    const { container, recoverable } = await hydrate(html, tree());
    expect(recoverable).toEqual([]);
    const returnTo = encodeURIComponent(`${window.location.pathname}${window.location.search}`);
    expect(container.querySelector('a.lx-button')).toHaveAttribute('href', `/login?returnTo=${returnTo}`);
  });

  it('without `lng`, the browser language is read only after hydration', async () => {
    const html = renderOnServer(page('UNKNOWN', {}));
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('es-ES');
    const { container, recoverable, consoleErrors } = await hydrate(html, page('UNKNOWN', {}));
    expect(recoverable).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await vi.waitFor(() => expect(container.querySelector('[role="alert"]')).toHaveAttribute('lang', 'es'));
  });
});
