import type { ExperienceKind } from '../../core/ExperienceKind';

// One stroked path per kind on a 24-unit grid (styles.css draws them with
// currentColor): a few commands each, to keep the bundle small.
const ALERT = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M12 7.5v5M12 16.2v.1';
const PATHS = {
  'top-up': 'M3 6h18v12H3zM3 10h18M7 14.5h3',
  're-login': 'M14 4h5v16h-5M10 16l4-4-4-4M14 12H3',
  waiting: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18M12 7v5l3 2',
  permission: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  'fix-request': 'M12 3.5 2.5 20h19zM12 10v4.5M12 17.2v.1',
  'out-of-date': 'M19.5 12a7.5 7.5 0 1 1-2.2-5.3L20 9.5M20 4v5.5h-5.5',
  'not-found': 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13M15.5 15.5 20 20',
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
      <svg viewBox="0 0 24 24" focusable="false" data-mirror={kind === 're-login' || undefined}>
        <path d={PATHS[kind]} />
      </svg>
    </span>
  );
}
