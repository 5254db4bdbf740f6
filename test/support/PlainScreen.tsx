import { Fragment } from 'react';
import { EXPERIENCE_KINDS } from '../../src/core/experience/ExperienceKind';
import type { LuxxonScreenAction } from '../../src/react/screens/LuxxonScreen';
import type { LuxxonScreenProps, LuxxonScreens } from '../../src/react/screens/LuxxonScreenProps';
import { useLuxxonScreen } from '../../src/react/screens/useLuxxonScreen';

/** The accessible name a design system gives an action drawn from the hook alone. */
export function actionName(action: LuxxonScreenAction): string {
  if (action.busy && action.busyLabel) return action.busyLabel;
  return action.newTabLabel ? `${action.label} ${action.newTabLabel}` : action.label;
}

/** A custom screen built only from `useLuxxonScreen`: plain HTML, no kit component, no `lx-` class. */
export function PlainScreen({ error }: LuxxonScreenProps) {
  const screen = useLuxxonScreen(error);
  return (
    <section data-testid="plain" role={screen.role} aria-label={screen.title} lang={screen.lang} dir={screen.dir}>
      <h3>{screen.title}</h3>
      <p data-part="description">{screen.description}</p>
      {screen.note && <p data-part="note">{screen.note.text}</p>}
      <div data-part="actions">
        {screen.actions.map((action) =>
          action.kind === 'link' ? (
            <a key={action.id} href={action.href} target={action.opensNewTab ? '_blank' : undefined} onClick={action.onPress} aria-label={actionName(action)}>
              {action.label}
            </a>
          ) : (
            <button key={action.id} type="button" onClick={action.onPress} aria-label={actionName(action)}>
              {action.label}
            </button>
          ),
        )}
      </div>
      {screen.support && (
        <div data-part="support">
          <dl>
            {screen.support.rows.map((row) => (
              <Fragment key={row.id}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </Fragment>
            ))}
          </dl>
          <button type="button" onClick={screen.support.copy}>
            {screen.support.copyLabel}
          </button>
        </div>
      )}
    </section>
  );
}

/** {@link PlainScreen} for every kind. */
export const PLAIN_SCREENS = Object.fromEntries(EXPERIENCE_KINDS.map((kind) => [kind, PlainScreen])) satisfies LuxxonScreens;
