import { useId, useSyncExternalStore } from 'react';
import type { FakeLuxxonApi } from './fakeLuxxonApi';

/** Labels of the panel's buttons (story chrome, English only; play functions click them). */
export const FAKE_API_ACTIONS = {
  signIn: 'Sign the user in',
  operatorOnline: 'Bring an operator online',
  topUp: 'Top up 10 minutes',
} as const;

/**
 * Story chrome, not part of the kit: the fake API's state, buttons that
 * change it (what would happen elsewhere in real life: an operator going
 * online, a top-up in the billing console) and every request it answered.
 */
export function FakeApiPanel({ api }: { api: FakeLuxxonApi }) {
  const { world, signedIn, requests } = useSyncExternalStore(api.subscribe, api.getSnapshot);
  const headingId = useId();
  return (
    <section className="sb-fake-api" lang="en" dir="ltr" aria-labelledby={headingId}>
      <h2 id={headingId}>Fake Luxxon API</h2>
      <p>
        Signed in: {signedIn ? 'yes' : 'no'} · Operators online: {world.operatorsOnline} · Credit: {world.creditSeconds} s
      </p>
      <div className="sb-fake-api__controls">
        <button type="button" onClick={api.signIn}>
          {FAKE_API_ACTIONS.signIn}
        </button>
        <button type="button" onClick={api.bringOperatorOnline}>
          {FAKE_API_ACTIONS.operatorOnline}
        </button>
        <button type="button" onClick={() => api.topUp(600)}>
          {FAKE_API_ACTIONS.topUp}
        </button>
      </div>
      <ol className="sb-fake-api__log" aria-label="Requests">
        {requests.map((r) => (
          <li key={r.n}>
            {r.method} {r.path} {JSON.stringify(r.body)} → {r.status}
            {r.code ? ` ${r.code}` : ''} · x-request-id: {r.requestId}
            {r.retryAfter ? ` · Retry-After: ${r.retryAfter}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
