import { useTranslation } from 'react-i18next';

/** The demo's pages: switching unmounts the one shown, boundaries and all. */
export const DEMO_ROUTES = ['live-view', 'account', 'help'] as const;

/** One of {@link DEMO_ROUTES}. */
export type DemoRoute = (typeof DEMO_ROUTES)[number];

const LABEL_KEYS = { 'live-view': 'nav.liveView', account: 'nav.account', help: 'nav.help' } as const satisfies Record<DemoRoute, string>;

/** Props of {@link DemoNav}. */
export interface DemoNavProps {
  readonly route: DemoRoute;
  readonly onNavigate: (route: DemoRoute) => void;
}

/** The app's navigation, as a router's links would do it (no URL: a reload would not test what a route change does). */
export function DemoNav({ route, onNavigate }: DemoNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="demo-nav" aria-label={t('nav.label')}>
      {DEMO_ROUTES.map((r) => (
        <button key={r} type="button" aria-current={r === route ? 'page' : undefined} onClick={() => onNavigate(r)}>
          {t(LABEL_KEYS[r])}
        </button>
      ))}
    </nav>
  );
}
