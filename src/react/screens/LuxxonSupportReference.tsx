import { useId } from 'react';
import type { LuxxonScreenSupport } from './LuxxonScreen';
import { useLx } from './useLx';

/** Props of {@link LuxxonSupportReference}. */
export interface LuxxonSupportReferenceProps {
  /**
   * `useLuxxonScreen(error).support`.
   * @example
   * ```tsx
   * {screen.support && <LuxxonSupportReference support={screen.support} />}
   * ```
   */
  readonly support: LuxxonScreenSupport;
  /**
   * Added to the kit's classes.
   * @example
   * ```tsx
   * <LuxxonSupportReference support={support} className="my-panel" />
   * ```
   */
  readonly className?: string;
}

/**
 * Code, time and request id (each whenever known) a user can quote to
 * support, as label/value rows (two aligned columns, one on narrow cards),
 * with a copy button and its confirmation on one line. A labelled group,
 * not a landmark: a page may show several screens. Never `detail`.
 *
 * @example
 * ```tsx
 * {screen.support && <LuxxonSupportReference support={screen.support} />}
 * ```
 */
export function LuxxonSupportReference({ support, className }: LuxxonSupportReferenceProps) {
  const lx = useLx();
  const headingId = useId();
  return (
    <div className={lx('lx-support', className)} role="group" aria-labelledby={headingId}>
      <p className={lx('lx-support__heading')} id={headingId}>
        {support.heading}
      </p>
      <dl className={lx('lx-support__list')}>
        {support.rows.map(({ id, label, value, dateTime }) => (
          <div key={id}>
            <dt>{label}</dt>
            <dd>{dateTime ? <time dateTime={dateTime}>{value}</time> : <code dir="ltr">{value}</code>}</dd>
          </div>
        ))}
      </dl>
      <div className={lx('lx-support__footer')}>
        <button type="button" className={lx('lx-button lx-button--tertiary')} onClick={support.copy}>
          {support.copyLabel}
        </button>
        <span className={lx('lx-support__copied')} role="status">
          {support.copied ? support.copiedLabel : ''}
        </span>
      </div>
    </div>
  );
}
