import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { LuxxonErrorBoundary } from './LuxxonErrorBoundary';
import type { LuxxonFallbackProps, LuxxonFallbacks } from './LuxxonFallbackProps';
import type { LuxxonProvider } from './LuxxonProvider';

describe('fallback overrides', () => {
  it('a screen for one kind sees that kind\'s fields', () => {
    const fallbacks: LuxxonFallbacks = {
      'top-up': ({ experience }) => {
        expectTypeOf(experience.kind).toEqualTypeOf<'top-up'>();
        expectTypeOf(experience.canShortenDuration).toEqualTypeOf<boolean>();
        return null;
      },
      waiting: ({ experience, checkAgain }) => {
        expectTypeOf(experience.retryAfterMs).toEqualTypeOf<number | undefined>();
        expectTypeOf(checkAgain).returns.resolves.toEqualTypeOf<'recovered' | 'failed'>();
        return null;
      },
    };
    void fallbacks;
  });

  it('rejects a screen for a kind that does not exist', () => {
    // @ts-expect-error: no such experience kind
    const fallbacks: LuxxonFallbacks = { 'teapot': () => null };
    void fallbacks;
  });

  it('rejects a screen of one kind under another kind', () => {
    const topUp = (props: LuxxonFallbackProps<'top-up'>) => (props.experience.canShortenDuration ? null : null);
    // @ts-expect-error: a top-up screen cannot serve waiting experiences
    const fallbacks: LuxxonFallbacks = { waiting: topUp };
    void fallbacks;
  });

  it('props are typed', () => {
    expectTypeOf<ComponentProps<typeof LuxxonErrorBoundary>['resetKeys']>().toEqualTypeOf<unknown[] | undefined>();
    expectTypeOf<ComponentProps<typeof LuxxonProvider>['headingLevel']>().toEqualTypeOf<1 | 2 | 3 | 4 | 5 | 6 | undefined>();
  });
});
