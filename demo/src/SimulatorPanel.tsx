import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCENARIOS, type ScenarioName } from '../../simulator/world/scenarios';

/** Props of {@link SimulatorPanel}. */
export interface SimulatorPanelProps {
  /** The simulator's base URL. */
  readonly api: string;
  /** Called after the scenario switched: the app drops its cached answers and requests the page again. */
  readonly onSwitched: () => void;
}

async function post(url: string, body: unknown): Promise<void> {
  await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** `npm run demo` only (`?panel=1`): switch the simulator's scenario and watch the request count. */
export function SimulatorPanel({ api, onSwitched }: SimulatorPanelProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [scenario, setScenario] = useState<ScenarioName>('ok');
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    let live = true;
    const poll = async () => {
      try {
        const res = await fetch(`${api}/__simulator/state`);
        const state = (await res.json()) as { requests: unknown[] };
        if (live) setRequests(state.requests.length);
      } catch {
        // The simulator stopped; the count stays.
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), 1000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api]);

  return (
    <aside className="demo-panel" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>{t('panel.title')}</h2>
      <label htmlFor={selectId}>{t('panel.scenario')}</label>{' '}
      <select id={selectId} value={scenario} onChange={(event) => setScenario(event.target.value as ScenarioName)}>
        {SCENARIOS.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>{' '}
      <button type="button" onClick={() => void post(`${api}/__simulator/scenario`, { name: scenario }).then(onSwitched)}>
        {t('panel.apply')}
      </button>{' '}
      <button type="button" onClick={() => void post(`${api}/__simulator/operator-online`, {})}>
        {t('panel.operatorOnline')}
      </button>
      <p>{t('panel.requests', { count: requests })}</p>
    </aside>
  );
}
