import type { LuxxonScreenVariant } from './LuxxonScreenProps';
import { useLuxxonScreen } from './useLuxxonScreen';
import { LuxxonActionButton } from './LuxxonActionButton';
import { LuxxonNote } from './LuxxonNote';
import { LuxxonScreenFrame } from './LuxxonScreenFrame';
import { LuxxonSupportReference } from './LuxxonSupportReference';
import { useLx } from './useLx';

/** Props of {@link BuiltInScreen}. */
export interface BuiltInScreenProps {
  readonly error: unknown;
  readonly variant: LuxxonScreenVariant;
  readonly className: string | undefined;
}

/**
 * The kit's screen for every kind: one rendering of `useLuxxonScreen`
 * (frame, server message, note, actions, support reference), so a custom
 * screen built on the hook shows what this one shows.
 */
export function BuiltInScreen({ error, variant, className }: BuiltInScreenProps) {
  const screen = useLuxxonScreen(error);
  const lx = useLx();
  const { note, serverMessage, support } = screen;
  return (
    <LuxxonScreenFrame screen={screen} variant={variant} className={className}>
      {serverMessage && (
        <p className={lx('lx-error__server-message')}>
          <span>{serverMessage.label}</span>{' '}
          {/* The quotation marks are the sentence's (its language and direction); the English inside is isolated. */}
          <q>
            <bdi lang={serverMessage.lang} dir="ltr">
              {serverMessage.text}
            </bdi>
          </q>
        </p>
      )}
      {note && <LuxxonNote note={note} />}
      <div className={lx('lx-error__actions')}>
        {screen.actions.map((action) => (
          <LuxxonActionButton key={action.id} action={action} />
        ))}
      </div>
      {support && <LuxxonSupportReference support={support} />}
    </LuxxonScreenFrame>
  );
}
