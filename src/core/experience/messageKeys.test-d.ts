import { describe, expectTypeOf, it } from 'vitest';
import { MESSAGE_KEYS } from './messageKeys';

describe('MESSAGE_KEYS types', () => {
  it('keeps every key a literal, so a typo is a type error', () => {
    expectTypeOf(MESSAGE_KEYS.action.retry).toEqualTypeOf<'action.retry'>();
    expectTypeOf(MESSAGE_KEYS.support.requestId).toEqualTypeOf<'support.requestId'>();
    expectTypeOf(MESSAGE_KEYS.waiting.countdown).toEqualTypeOf<'waiting.countdown'>();
    // @ts-expect-error: no such key
    void MESSAGE_KEYS.action.retyr;
  });
});
