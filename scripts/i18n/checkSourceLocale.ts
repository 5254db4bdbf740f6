import type { Json } from './flattenResource';
import { placeholdersOf } from './placeholders';
import { pluralCategories, splitPluralKey } from './pluralCategories';
import { error, type Problem } from './Problem';
import type { SourceEntry, SourceText } from './SourceText';
import type { SourceKey } from './findSourceKeys';

/** Inputs of {@link checkSourceLocale}. */
export interface CheckSourceLocaleInput {
  readonly lng: string;
  readonly file: string;
  readonly leaves: ReadonlyMap<string, Json>;
  /** Every key the kit renders, from the core (see kitKeys). */
  readonly kitKeys: readonly string[];
  /** Literal keys passed to `t()` in the React layer (see findSourceKeys). */
  readonly sourceKeys: readonly SourceKey[];
}

function group(leaves: ReadonlyMap<string, Json>): Map<string, Map<string, string>> {
  const grouped = new Map<string, Map<string, string>>();
  for (const [key, value] of leaves) {
    if (typeof value !== 'string') continue;
    const plural = splitPluralKey(key);
    const base = plural?.base ?? key;
    const forms = grouped.get(base) ?? new Map<string, string>();
    forms.set(plural?.category ?? '', value);
    grouped.set(base, forms);
  }
  return grouped;
}

/**
 * Checks the source locale (English) against the code: every key the kit
 * renders is there, nothing else is, plural keys have exactly English's
 * categories, and every literal key passed to `t()` exists. Returns the
 * source text the translation checks compare against.
 */
export function checkSourceLocale({ lng, file, leaves, kitKeys, sourceKeys }: CheckSourceLocaleInput): {
  problems: Problem[];
  source: SourceText;
} {
  const problems: Problem[] = [];
  const needed = pluralCategories(lng);
  const entries = new Map<string, SourceEntry>();
  for (const [key, forms] of group(leaves)) {
    const plural = [...forms.keys()].some((category) => category !== '');
    if (plural && forms.has('')) problems.push(error(file, key, 'is both a plain string and a plural: keep only the plural forms'));
    if (plural) {
      for (const category of needed) {
        if (!forms.has(category)) problems.push(error(file, `${key}_${category}`, `missing plural form (${lng} needs ${needed.join(', ')})`));
      }
      for (const category of forms.keys()) {
        if (category !== '' && !(needed as string[]).includes(category)) {
          problems.push(error(file, `${key}_${category}`, `plural form "${category}" is not used in ${lng} (${lng} needs ${needed.join(', ')}): remove it`));
        }
      }
    }
    const placeholders = [...new Set([...forms.values()].flatMap(placeholdersOf))].sort();
    entries.set(key, { key, forms, plural, placeholders });
  }

  const kit = new Set(kitKeys);
  for (const key of kitKeys) {
    if (!entries.has(key)) problems.push(error(file, key, 'used by the kit (src/core: MESSAGE_KEYS, CODE_REGISTRY) but missing'));
  }
  for (const key of entries.keys()) {
    if (!kit.has(key)) problems.push(error(file, key, 'not used by the kit: remove it, or render it through a key built in src/core'));
  }
  for (const { key, file: sourceFile, line } of sourceKeys) {
    if (!entries.has(key)) problems.push(error(sourceFile, key, `passed to t() but missing from ${file}`, line));
  }
  return { problems, source: { lng, file, entries } };
}
