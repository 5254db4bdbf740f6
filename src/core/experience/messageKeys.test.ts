import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, textKeys } from './messageKeys';

type KeyTree = string | { readonly [name: string]: KeyTree };

function paths(tree: KeyTree, prefix: string[] = []): [string, string][] {
  return typeof tree === 'string' ? [[prefix.join('.'), tree]] : Object.entries(tree).flatMap(([name, sub]) => paths(sub, [...prefix, name]));
}

describe('MESSAGE_KEYS', () => {
  it('is a key for every path: MESSAGE_KEYS.a.b is "a.b"', () => {
    const all = paths(MESSAGE_KEYS);
    expect(all.length).toBe(31);
    for (const [path, key] of all) expect(key).toBe(path);
  });
});

describe('textKeys', () => {
  it('gives a known code its own keys, then the generic ones', () => {
    expect(textKeys('NETWORK_ERROR')).toEqual({
      title: ['code.NETWORK_ERROR.title', 'generic.title'],
      description: ['code.NETWORK_ERROR.description', 'generic.description'],
    });
  });

  it('gives any other string only the generic keys', () => {
    for (const code of ['SOMETHING_NEW', '__proto__', 'code.X', '']) expect(textKeys(code).title).toEqual(['generic.title']);
  });
});
