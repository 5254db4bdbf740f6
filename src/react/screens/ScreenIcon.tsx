import type { ExperienceKind } from '../../core/experience/ExperienceKind';

// One stroked path per kind on a 24-unit grid (styles.css draws them with
// currentColor): a few commands each, to keep the bundle small.
const ALERT = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M12 8v4m0 4h0';
const PATHS = {
  'top-up': 'M3 6h18v12H3zm0 4h18m-14 4h3',
  're-login': 'M14 4h5v16h-5m-4-4 4-4-4-4m4 4H3',
  waiting: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M12 7v5l3 2',
  permission: 'M6 11h12v9H6zm2.5 0V8a3.5 3.5 0 0 1 7 0v3',
  'fix-request': 'M12 4 3 20h18zm0 6v4m0 3h0',
  'out-of-date': 'M20 12a8 8 0 1 1-2.3-5.7L20 9m0-5v5h-5',
  'not-found': 'M17 10.5a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0m-1.5 5L20 20',
  'service-down': ALERT,
  reload: 'M4.5 12a7.5 7.5 0 0 1 12.8-5.3L20 9.5M20 4v5.5h-5.5M12 9v6M9.5 12.5 12 15l2.5-2.5',
  generic: ALERT,
} as const satisfies Record<ExperienceKind, string>;

/** Props of {@link ScreenIcon}. */
export interface ScreenIconProps {
  readonly kind: ExperienceKind;
}

/**
 * The icon of a screen's kind, inline SVG in the tone's colour: decorative
 * (the heading says it all), so hidden from assistive technology; no icon
 * font, no request, no style attribute.
 */
export function ScreenIcon({ kind }: ScreenIconProps) {
  return (
    <span className="lx-error__icon" aria-hidden="true">
      <svg viewBox="0 0 24 24">
        <path d={PATHS[kind]} />
      </svg>
    </span>
  );
}
