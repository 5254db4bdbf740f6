import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LuxxonError } from '../core/errors/LuxxonError';
import { createLuxxonError } from '../testing/createLuxxonError';
import { enText } from '../../test/support/locale';
import { renderWithLuxxon } from '../../test/support/renderWithLuxxon';
import { LuxxonErrorBoundary } from './boundary/LuxxonErrorBoundary';
import { LuxxonErrorScreen } from './screens/LuxxonErrorScreen';

/** A Proxy around a real LuxxonError (so `instanceof` says yes) whose `code` getter throws. */
function throwingCode(): LuxxonError {
  return new Proxy(createLuxxonError('NO_CREDIT'), {
    get: (target, key, receiver) => {
      if (key === 'code') throw new Error('code getter');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** A Proxy around a real LuxxonError whose `code` alternates between two codes on every read. */
function alternatingCode(): LuxxonError {
  let reads = 0;
  const codes = ['NO_CREDIT', 'NOT_AUTHENTICATED'];
  return new Proxy(createLuxxonError('NO_CREDIT'), {
    get: (target, key, receiver) => (key === 'code' ? codes[reads++ % 2] : (Reflect.get(target, key, receiver) as unknown)),
  });
}

function Thrower({ value }: { value: unknown }): never {
  throw value;
}

/** Throws `value` inside a LuxxonErrorBoundary, with `onError` counting the reports. */
function throwInBoundary(value: unknown, props: { topUpUrl?: string } = {}) {
  const onError = vi.fn();
  const { container } = renderWithLuxxon(
    <LuxxonErrorBoundary>
      <Thrower value={value} />
    </LuxxonErrorBoundary>,
    { onError, ...props },
  );
  return { onError, container };
}

describe('hostile values that pass instanceof LuxxonError', () => {
  it('with onError set, a boundary shows a screen and reports once: the page is not blanked', () => {
    const { onError, container } = throwInBoundary(throwingCode());
    expect(screen.getByRole('heading', { name: enText('generic.title') })).toBeInTheDocument();
    expect(container.querySelector('[data-kind="last-resort"]')).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'UNKNOWN', statusCode: 400 });
  });

  it('a code that alternates between reads gives one screen whose label matches it', () => {
    const { onError, container } = throwInBoundary(alternatingCode(), { topUpUrl: '/billing' });
    const screenRoot = container.querySelector('[data-kind]');
    expect([screenRoot?.getAttribute('data-kind'), screenRoot?.getAttribute('data-code')]).toEqual(['top-up', 'NO_CREDIT']);
    expect(screen.getByRole('heading', { name: enText('code.NO_CREDIT.title') })).toBeInTheDocument();
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'NO_CREDIT', kind: 'top-up' });
  });

  it('a standalone LuxxonErrorScreen shows the generic screen instead of throwing into the app', () => {
    renderWithLuxxon(<LuxxonErrorScreen error={throwingCode()} onRetry={() => undefined} />);
    expect(screen.getByRole('heading', { name: enText('generic.title') })).toBeInTheDocument();
  });
});
