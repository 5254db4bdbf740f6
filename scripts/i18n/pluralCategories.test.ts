// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pluralCategories, singleNumberCategories, splitPluralKey } from './pluralCategories';

describe('pluralCategories', () => {
  it.each([
    ['en', ['one', 'other']],
    ['de', ['one', 'other']],
    ['es', ['one', 'many', 'other']],
    ['pt-BR', ['one', 'many', 'other']],
    ['fr', ['one', 'many', 'other']],
    ['ja', ['other']],
    ['ar', ['zero', 'one', 'two', 'few', 'many', 'other']],
  ])('%s needs %j, in CLDR order', (lng, categories) => {
    expect(pluralCategories(lng)).toEqual(categories);
  });

  it('knows which categories hold a single number', () => {
    expect([...singleNumberCategories('ar')]).toEqual(['zero', 'one', 'two']);
    expect([...singleNumberCategories('en')]).toEqual(['one']);
    expect([...singleNumberCategories('fr')]).toEqual([]);
    expect([...singleNumberCategories('pt-BR')]).toEqual([]);
  });

  it('splits i18next plural keys only', () => {
    expect(splitPluralKey('waiting.countdown_few')).toEqual({ base: 'waiting.countdown', category: 'few' });
    expect(splitPluralKey('waiting.countdown')).toBeUndefined();
    expect(splitPluralKey('code.NOT_FOUND.title')).toBeUndefined();
    expect(splitPluralKey('_other')).toBeUndefined();
  });
});
