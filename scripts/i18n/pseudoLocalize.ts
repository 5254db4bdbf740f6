import { splitOnPlaceholders } from './placeholders';
import type { Json } from './flattenResource';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'][i] ?? c,
  ]),
);
const VOWELS = /[aeiouyAEIOUY]/;

/** How much longer pseudo-localized text is than English: the rule of thumb for German or French. */
export const PSEUDO_EXPANSION = 0.35;

/**
 * English made to look foreign and ~35% longer, to catch clipped, truncated
 * and hard-coded text in layouts: every letter accented, vowels doubled
 * evenly through the text (padding with `·` when there are too few), and the
 * whole wrapped in `[` `]` so that a cut-off end shows. `{{placeholders}}`
 * stay untouched. Deterministic: the same English gives the same output.
 *
 * @example pseudoLocalize('Checking again in {{count}} seconds')
 * // '[Çĥéçķííñĝ áĝááíñ íñ {{count}} šééçóñððš]' (shape, not exact output)
 */
export function pseudoLocalize(text: string): string {
  const parts = splitOnPlaceholders(text);
  const visible = parts.filter((p) => !p.startsWith('{{')).join('');
  const vowelCount = [...visible].filter((c) => VOWELS.test(c)).length;
  // Brackets count toward the expansion; the rest is spread over the vowels.
  const extra = Math.max(0, Math.round(visible.length * PSEUDO_EXPANSION) - 2);
  const doubled = Math.min(extra, vowelCount);
  let vowel = 0;
  const out = parts.map((part) => {
    if (part.startsWith('{{')) return part;
    return [...part]
      .map((c) => {
        const accented = ACCENTED[c] ?? c;
        if (!VOWELS.test(c)) return accented;
        // Double the i-th vowel when the running share of `doubled` steps up: an even spread.
        const double = Math.floor(((vowel + 1) * doubled) / vowelCount) > Math.floor((vowel * doubled) / vowelCount);
        vowel += 1;
        return double ? accented + accented : accented;
      })
      .join('');
  });
  return `[${out.join('')}${'·'.repeat(extra - doubled)}]`;
}

/**
 * A whole locale resource pseudo-localized, keys and nesting unchanged.
 *
 * @example pseudoLocalizeResource({ action: { retry: 'Try again' } }) // { action: { retry: '[Ţŕýý áĝááíñ]' } }
 */
export function pseudoLocalizeResource(resource: Json): Json {
  if (typeof resource === 'string') return pseudoLocalize(resource);
  if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) return resource;
  return Object.fromEntries(Object.entries(resource).map(([key, value]) => [key, pseudoLocalizeResource(value)]));
}
