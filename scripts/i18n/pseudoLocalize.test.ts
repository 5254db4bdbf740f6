// @vitest-environment node
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/luxxon.json';
import { flattenResource, type Json } from './flattenResource';
import { PSEUDO_EXPANSION, pseudoLocalize, pseudoLocalizeResource } from './pseudoLocalize';

const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');
const englishStrings = [...flattenResource(en as Json).values()] as string[];

describe('pseudoLocalize', () => {
  it('accents every ASCII letter, wraps the text in brackets, and keeps placeholders as written', () => {
    const out = pseudoLocalize('Checking again in {{count}} seconds');
    expect(out).toMatch(/^\[.*\]$/);
    expect(out).toContain('{{count}}');
    expect(withoutPlaceholders(out)).not.toMatch(/[A-Za-z]/);
    expect(pseudoLocalize('{{a}} and {{b, number}}')).toMatch(/^\[\{\{a\}\} .+ \{\{b, number\}\}\]$/);
  });

  it('is deterministic', () => {
    expect(pseudoLocalize('Your session has expired')).toBe(pseudoLocalize('Your session has expired'));
    expect(pseudoLocalize('Your session has expired')).toBe('[Ýóóúŕ šééššííóñ ĥááš éẋþííŕééð]');
  });

  it(`makes every English string about ${PSEUDO_EXPANSION * 100}% longer`, () => {
    for (const text of englishStrings) {
      const before = [...withoutPlaceholders(text)].length;
      const after = [...withoutPlaceholders(pseudoLocalize(text))].length;
      // Rounding and the two brackets make very short strings grow more.
      expect(after, text).toBeGreaterThanOrEqual(Math.round(before * (1 + PSEUDO_EXPANSION)));
      if (before >= 20) expect(after / before, text).toBeLessThan(1 + PSEUDO_EXPANSION + 0.05);
    }
  });

  it('keeps keys and nesting of a resource', () => {
    const pseudo = pseudoLocalizeResource(en as Json);
    expect([...flattenResource(pseudo).keys()]).toEqual([...flattenResource(en as Json).keys()]);
  });
});
