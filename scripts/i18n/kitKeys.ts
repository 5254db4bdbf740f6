import { CODE_REGISTRY } from '../../src/core/codes/codeRegistry';
import { MESSAGE_KEYS, textKeys } from '../../src/core/experience/messageKeys';

type KeyTree = string | { readonly [name: string]: KeyTree };

function leaves(tree: KeyTree): string[] {
  return typeof tree === 'string' ? [tree] : Object.values(tree).flatMap(leaves);
}

/**
 * Every key the kit can render, computed from the core: the fixed
 * MESSAGE_KEYS, and the title/description keys `textKeys` gives for every
 * code in CODE_REGISTRY (API and kit codes) and the generic keys (what an
 * unknown code falls back to). Plural keys appear once, without a suffix.
 *
 * @example kitKeys().includes('code.NETWORK_ERROR.title') // true
 */
export function kitKeys(): string[] {
  const keys = new Set(leaves(MESSAGE_KEYS));
  const texts = [
    ...Object.keys(CODE_REGISTRY).map((code) => textKeys(code)),
    // A code the kit does not know yet: no code key, only the generic one.
    textKeys(''),
  ];
  for (const { title, description } of texts) for (const key of [...title, ...description]) keys.add(key);
  return [...keys].sort();
}
