import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { LuxxonErrorBoundary } from '../boundary/LuxxonErrorBoundary';
import type { LuxxonScreenProps, LuxxonScreens } from './LuxxonScreenProps';
import type { LuxxonProvider } from '../provider/LuxxonProvider';

describe('custom screens', () => {
  it('a screen for one kind sees that kind\'s fields', () => {
    const screens: LuxxonScreens = {
      'top-up': ({ experience }) => {
        expectTypeOf(experience.kind).toEqualTypeOf<'top-up'>();
        expectTypeOf(experience.canShortenDuration).toEqualTypeOf<boolean>();
        return null;
      },
      waiting: ({ experience, check }) => {
        expectTypeOf(experience.retryAfterMs).toEqualTypeOf<number | undefined>();
        expectTypeOf(check).returns.resolves.toEqualTypeOf<'recovered' | 'failed'>();
        return null;
      },
    };
    void screens;
  });

  it('rejects a screen for a kind that does not exist', () => {
    // @ts-expect-error: no such experience kind
    const screens: LuxxonScreens = { 'teapot': () => null };
    void screens;
  });

  it('rejects a screen of one kind under another kind', () => {
    const topUp = (props: LuxxonScreenProps<'top-up'>) => (props.experience.canShortenDuration ? null : null);
    // @ts-expect-error: a top-up screen cannot serve waiting experiences
    const screens: LuxxonScreens = { waiting: topUp };
    void screens;
  });

  it('props are typed', () => {
    expectTypeOf<ComponentProps<typeof LuxxonErrorBoundary>['resetKeys']>().toEqualTypeOf<unknown[] | undefined>();
    expectTypeOf<ComponentProps<typeof LuxxonProvider>['headingLevel']>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | undefined>();
  });
});
