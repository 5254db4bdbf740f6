// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CODE_REGISTRY } from '../../src/core/codes/codeRegistry';
import { kitKeys } from './kitKeys';

describe('kitKeys', () => {
  const keys = kitKeys();

  it('has a title and description for every code in the registry, kit codes included', () => {
    for (const code of [...Object.keys(CODE_REGISTRY), 'NETWORK_ERROR', 'BAD_RESPONSE', 'UNKNOWN']) {
      expect(keys).toContain(`code.${code}.title`);
      expect(keys).toContain(`code.${code}.description`);
    }
  });

  it('has the generic fallback and the fixed keys without plural suffix, and no family keys', () => {
    expect(keys.filter((k) => k.startsWith('family.'))).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining(['generic.title', 'generic.description', 'waiting.countdown', 'action.retry', 'newWindow']));
    expect(keys.filter((k) => /_(one|other)$/.test(k))).toEqual([]);
  });

  it('has no key for a code the registry does not know', () => {
    expect(keys.filter((k) => k.startsWith('code.') && !Object.hasOwn(CODE_REGISTRY, k.split('.')[1] ?? ''))).toEqual([]);
  });
});
