import { describe, expectTypeOf, it } from 'vitest';
import type { SupportReference } from '../../core/experience/Experience';
import type { LuxxonScreen, LuxxonScreenAction, LuxxonScreenServerMessage, LuxxonScreenSupport } from './LuxxonScreen';
import type { LuxxonScreenProps, LuxxonScreens } from './LuxxonScreenProps';
import type { useLuxxonScreen } from './useLuxxonScreen';

declare const screen: LuxxonScreen;

describe('useLuxxonScreen types', () => {
  it('returns a screen discriminated by kind', () => {
    expectTypeOf<ReturnType<typeof useLuxxonScreen>>().toEqualTypeOf<LuxxonScreen>();
    if (screen.kind === 'generic') {
      expectTypeOf(screen.support).toEqualTypeOf<LuxxonScreenSupport>();
      expectTypeOf(screen.serverMessage).toEqualTypeOf<LuxxonScreenServerMessage | undefined>();
      expectTypeOf(screen.role).toEqualTypeOf<'alert'>();
    }
    if (screen.kind === 'service-down') {
      expectTypeOf(screen.support.reference).toEqualTypeOf<SupportReference>();
      expectTypeOf(screen.serverMessage).toEqualTypeOf<undefined>();
    }
    if (screen.kind === 'waiting') expectTypeOf(screen.role).toEqualTypeOf<'status'>();
    if (screen.kind === 'top-up') expectTypeOf(screen.support).toEqualTypeOf<undefined>();
  });

  it('an action is a button or a link; only a link has an href', () => {
    const action = {} as LuxxonScreenAction;
    expectTypeOf(action.onPress).toEqualTypeOf<() => void>();
    if (action.kind === 'link') expectTypeOf(action.href).toEqualTypeOf<string>();
    else {
      expectTypeOf(action.href).toEqualTypeOf<undefined>();
      expectTypeOf(action.opensNewTab).toEqualTypeOf<false>();
    }
  });

  it('a screen never holds detail', () => {
    // @ts-expect-error: no detail on a screen
    void screen.detail;
    // @ts-expect-error: no error object either (it carries detail)
    void screen.error;
  });

  it('one screen for any kind serves every kind', () => {
    const Any = (props: LuxxonScreenProps) => (props.experience.kind === 'waiting' ? null : null);
    const screens: LuxxonScreens = { waiting: Any, generic: Any, 'top-up': Any };
    void screens;
  });

  it('custom screens take the screen props, typed per kind, with check and variant', () => {
    const screens: LuxxonScreens = {
      waiting: ({ experience, check, variant }) => {
        expectTypeOf(experience.retryAfterMs).toEqualTypeOf<number | undefined>();
        expectTypeOf(check).returns.resolves.toEqualTypeOf<'recovered' | 'failed'>();
        expectTypeOf(variant).toEqualTypeOf<'page' | 'section' | 'inline'>();
        return null;
      },
    };
    void screens;
  });
});
