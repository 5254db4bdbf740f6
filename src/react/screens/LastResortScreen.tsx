/** Props of {@link LastResortScreen}. */
export interface LastResortScreenProps {
  readonly onRetry: () => void;
}

/**
 * Shown only when an error screen itself throws: no i18n, no context, no
 * data, so nothing in it can fail. English, marked as such.
 */
export function LastResortScreen({ onRetry }: LastResortScreenProps) {
  return (
    <div className="lx-error" role="alert" lang="en" dir="ltr" data-kind="last-resort">
      <p className="lx-error__title">Something went wrong.</p>
      <div className="lx-error__actions">
        <button type="button" className="lx-button lx-button--primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
