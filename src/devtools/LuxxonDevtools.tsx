import { useCallback, useContext, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactElement } from 'react';
import { QueryClientContext, type Query } from '@tanstack/react-query';
import { KIT_ERROR_CODES, LUXXON_ERROR_CODES, type LuxxonErrorCode } from '../core/codes/codes';
import { SUPPORTED_LOCALES } from '../i18n/locales';
import { loadLuxxonLocale } from '../i18n/luxxonI18n';
import { useLuxxonContext } from '../react/provider/useLuxxonContext';
import { forcedError, UNMAPPED_CODE } from './forcedError';
import { disarm, forceNextRequest, isForced } from './forceNextRequest';
import { caughtSignature, readCaught, type CaughtError } from './readCaught';

/** Props of {@link LuxxonDevtools}. */
export interface LuxxonDevtoolsProps {
  /**
   * Open the panel on the first render. Default: closed (a button at the corner).
   * @example
   * ```tsx
   * <LuxxonDevtools initialIsOpen />
   * ```
   */
  initialIsOpen?: boolean;
  /**
   * Corner of the page the button and panel sit in. Default `'bottom-right'` (`'bottom-left'` in RTL pages too: logical sides).
   * @example
   * ```tsx
   * <LuxxonDevtools position="bottom-left" />
   * ```
   */
  position?: 'bottom-right' | 'bottom-left';
}

/** Themes the kit's stylesheet knows (`data-lx-theme`), and "the page's own" (no attribute). */
const THEMES = ['light', 'dark', 'high-contrast'] as const;
type Theme = (typeof THEMES)[number] | '';

const FORCEABLE: readonly LuxxonErrorCode[] = [...LUXXON_ERROR_CODES, ...KIT_ERROR_CODES, UNMAPPED_CODE];

/** The columns of the list of errors shown (`Detail` only when asked for). */
const COLUMNS = ['Boundary', 'Code', 'Experience', 'Status', 'Time', 'Request id', 'Failed queries', 'Checks', 'Retries'];

/** How often the panel looks at the page's boundaries (they mount and unmount without telling the page's recovery). */
const POLL_MS = 400;

const time = (caught: CaughtError) => {
  const at = caught.error.timestamp ? Date.parse(caught.error.timestamp) : caught.since;
  return at === undefined ? '' : new Date(at).toLocaleTimeString('en-GB');
};

/**
 * The error lab: lists the errors the page's boundaries caught, forces any
 * code into a mounted boundary (or into the next request of a query) and
 * clears it, and switches the kit's language and theme, so that real
 * screens and their real recovery can be tried in the running app. Render
 * it once inside `<LuxxonProvider>`. `@luxxon/react-errors/devtools`
 * renders nothing unless `process.env.NODE_ENV` is `'development'`;
 * `@luxxon/react-errors/devtools/production` always renders (see
 * docs/devtools.md). Style it with `@luxxon/react-errors/devtools.css`.
 *
 * @example
 * ```tsx
 * <LuxxonProvider>
 *   <App />
 *   <LuxxonDevtools />
 * </LuxxonProvider>
 * ```
 */
export function LuxxonDevtools({ initialIsOpen = false, position = 'bottom-right' }: LuxxonDevtoolsProps): ReactElement | null {
  const { lab, recovery, codes, i18n, language } = useLuxxonContext('LuxxonDevtools');
  const client = useContext(QueryClientContext);
  const [open, setOpen] = useState(initialIsOpen);
  const [showDetail, setShowDetail] = useState(false);
  const [code, setCode] = useState<LuxxonErrorCode>('INSUFFICIENT_CREDIT');
  const [target, setTarget] = useState('');
  const [queryHash, setQueryHash] = useState('');
  const [theme, setTheme] = useState<Theme>('');
  const [log, setLog] = useState<readonly { readonly key: object; readonly boundary: string | undefined; readonly code: string; readonly at: number }[]>([]);
  const serial = useRef(0);
  const toggle = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const panelId = useId();

  const subscribe = useCallback(
    (changed: () => void) => {
      const timer = setInterval(changed, POLL_MS);
      const stop = recovery.subscribe(changed);
      const stopCache = client?.getQueryCache().subscribe(changed);
      return () => {
        clearInterval(timer);
        stop();
        stopCache?.();
      };
    },
    [recovery, client],
  );
  const read = () => {
    const caught = readCaught(lab.boundaries, recovery.list(), codes);
    const queries = client?.getQueryCache().getAll() ?? [];
    return JSON.stringify([caughtSignature(lab.boundaries, caught), queries.map((q) => [q.queryHash, q.state.status, isForced(q)])]);
  };
  const signature = useSyncExternalStore(subscribe, read, () => '');
  // Rebuilt whenever the signature changes: the live objects behind it.
  const caught = useMemo(() => (signature ? readCaught(lab.boundaries, recovery.list(), codes) : []), [signature, lab, recovery, codes]);
  const boundaries = useMemo(() => (signature ? [...lab.boundaries] : []), [signature, lab]);
  const queries = useMemo<Query[]>(() => (signature && client ? client.getQueryCache().getAll() : []), [signature, client]);

  // Everything caught since the panel mounted, newest first (at most 50).
  useEffect(() => {
    setLog((seen) => {
      const fresh = caught.filter((c) => !seen.some((s) => s.key === c.error));
      if (fresh.length === 0) return seen;
      const now = Date.now();
      return [...fresh.map((c) => ({ key: c.error, boundary: c.boundary, code: c.error.code, at: now })), ...seen].slice(0, 50);
    });
  }, [caught]);

  // The theme: `data-lx-theme` on <html>, the page's own value back afterwards.
  useEffect(() => {
    if (theme === '') return undefined;
    const root = document.documentElement;
    const before = root.getAttribute('data-lx-theme');
    root.setAttribute('data-lx-theme', theme);
    return () => {
      if (before === null) root.removeAttribute('data-lx-theme');
      else root.setAttribute('data-lx-theme', before);
    };
  }, [theme]);
  // The kit's language follows the app's again once the panel is gone.
  useEffect(() => () => lab.setLanguage(undefined), [lab]);

  const chosen = boundaries.find((b) => b.name === target) ?? boundaries[0];
  const chosenQuery = queries.find((q) => q.queryHash === queryHash) ?? queries[0];
  const nextError = () => {
    serial.current += 1;
    return forcedError(code, serial.current);
  };

  const switchLanguage = async (lng: string) => {
    if (lng === '') return lab.setLanguage(undefined);
    lab.setLanguage(await loadLuxxonLocale(i18n, lng));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  return (
    <div className="lx-devtools" data-position={position}>
      <button
        ref={toggle}
        type="button"
        className="lx-devtools__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Luxxon errors{caught.length > 0 ? ` (${caught.length})` : ''}
      </button>
      {open && (
        <section id={panelId} className="lx-devtools__panel" aria-labelledby={`${panelId}-title`} onKeyDown={onKeyDown}>
          <h2 id={`${panelId}-title`} ref={heading} tabIndex={-1} className="lx-devtools__title">
            Luxxon error lab
          </h2>

          <h3 className="lx-devtools__heading">On the page now</h3>
          {caught.length === 0 ? (
            <p className="lx-devtools__empty">No error screen is showing.</p>
          ) : (
            <div className="lx-devtools__scroll">
              <table className="lx-devtools__table">
                <thead>
                  <tr>
                    {[...COLUMNS, ...(showDetail ? ['Detail'] : [])].map((column) => (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {caught.map((c, i) => (
                    <tr key={i}>
                      <td>{c.boundary ?? '(no boundary)'}</td>
                      <td>
                        <code>{c.error.code}</code>
                      </td>
                      <td>{c.kind}</td>
                      <td>{c.error.statusCode || ''}</td>
                      <td>{time(c)}</td>
                      <td>{c.error.requestId ?? ''}</td>
                      <td>{c.queryKeys.join(' ')}</td>
                      <td>{c.checks}</td>
                      <td>{c.retries}</td>
                      {showDetail && <td>{c.error.detail ?? ''}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <label className="lx-devtools__check">
            <input type="checkbox" checked={showDetail} onChange={(e) => setShowDetail(e.target.checked)} /> Show the server&apos;s detail (diagnostics: keep out of
            screenshots)
          </label>
          {log.length > 0 && (
            <details className="lx-devtools__log">
              <summary>Caught since the panel opened ({log.length})</summary>
              <ol>
                {log.map((entry, i) => (
                  <li key={i}>
                    {new Date(entry.at).toLocaleTimeString('en-GB')} <code>{entry.code}</code> in {entry.boundary ?? '(no boundary)'}
                  </li>
                ))}
              </ol>
            </details>
          )}

          <h3 className="lx-devtools__heading">Force an error</h3>
          <div className="lx-devtools__row">
            <label>
              Code{' '}
              <select value={code} onChange={(e) => setCode(e.target.value)}>
                {FORCEABLE.map((c) => (
                  <option key={c} value={c}>
                    {c === UNMAPPED_CODE ? `${c} (unmapped)` : c}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="lx-devtools__row">
            <label>
              Boundary{' '}
              <select value={chosen?.name ?? ''} onChange={(e) => setTarget(e.target.value)} disabled={boundaries.length === 0}>
                {boundaries.map((b) => (
                  <option key={b.name} value={b.name}>
                    {b.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={!chosen} onClick={() => chosen?.showBoundary(nextError())}>
              Force
            </button>
            <button type="button" disabled={chosen?.error === undefined} onClick={() => chosen?.retry()}>
              Clear
            </button>
          </div>
          <div className="lx-devtools__row">
            <label>
              Next request of{' '}
              <select value={chosenQuery?.queryHash ?? ''} onChange={(e) => setQueryHash(e.target.value)} disabled={queries.length === 0}>
                {queries.map((q) => (
                  <option key={q.queryHash} value={q.queryHash}>
                    {q.queryHash}
                    {isForced(q) ? ' (armed)' : ''}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={!chosenQuery} onClick={() => chosenQuery && forceNextRequest(chosenQuery, nextError())}>
              Fail next request
            </button>
            <button
              type="button"
              disabled={!chosenQuery || !client}
              onClick={() => {
                if (!chosenQuery || !client) return;
                forceNextRequest(chosenQuery, nextError());
                // Its data gone, the query fetches again as on a first load: the forced request.
                void client.resetQueries({ queryKey: chosenQuery.queryKey, exact: true });
              }}
            >
              Fail it now
            </button>
            <button
              type="button"
              disabled={!chosenQuery || !isForced(chosenQuery)}
              onClick={() => chosenQuery && disarm(chosenQuery)}
            >
              Disarm
            </button>
          </div>

          <h3 className="lx-devtools__heading">Screens</h3>
          <div className="lx-devtools__row">
            <label>
              Kit language{' '}
              <select value={language ?? ''} onChange={(e) => void switchLanguage(e.target.value)}>
                <option value="">The app&apos;s</option>
                {SUPPORTED_LOCALES.map((lng) => (
                  <option key={lng} value={lng}>
                    {lng}
                    {lng === 'en-XA' ? ' (pseudo)' : lng === 'ar' ? ' (RTL)' : ''}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Theme{' '}
              <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
                <option value="">The page&apos;s</option>
                {THEMES.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </section>
      )}
    </div>
  );
}
