import type { Json } from './flattenResource';
import { placeholdersOf } from './placeholders';
import { pluralCategories, singleNumberCategories, splitPluralKey } from './pluralCategories';
import { error, warning, type Problem } from './Problem';
import { excerpt, type SourceText } from './SourceText';

/** Inputs of {@link checkTranslation}. */
export interface CheckTranslationInput {
  readonly lng: string;
  readonly file: string;
  readonly leaves: ReadonlyMap<string, Json>;
  readonly source: SourceText;
  /** Length hints by key, from the context file. */
  readonly maxLengths: ReadonlyMap<string, number>;
}

const braces = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(', ');

/**
 * Checks one translation against the source locale: the same keys (no
 * missing, no extra), plural keys with exactly the categories
 * `Intl.PluralRules(lng)` gives, the same placeholders as English, and
 * strings within the context file's length hints (a warning).
 */
export function checkTranslation({ lng, file, leaves, source, maxLengths }: CheckTranslationInput): Problem[] {
  let needed: string[];
  let spelledOut: Set<string>;
  try {
    needed = pluralCategories(lng);
    spelledOut = singleNumberCategories(lng);
  } catch {
    return [error(file, undefined, `"${lng}" is not a valid BCP 47 language tag: name the folder after one (pt-BR, not pt_BR)`)];
  }
  const problems: Problem[] = [];
  const expected = new Map<string, { base: string; category: string }>();
  for (const entry of source.entries.values()) {
    if (!entry.plural) expected.set(entry.key, { base: entry.key, category: '' });
    else for (const category of needed) expected.set(`${entry.key}_${category}`, { base: entry.key, category });
  }

  for (const [key, { base, category }] of expected) {
    const entry = source.entries.get(base);
    if (entry === undefined) continue;
    const value = leaves.get(key);
    if (value === undefined) {
      problems.push(
        category === ''
          ? error(file, key, `missing (en: ${excerpt(entry)})`)
          : error(file, key, `missing plural form (${lng} needs ${needed.join(', ')})`),
      );
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') continue; // reported by checkStrings
    const found = placeholdersOf(value);
    const optional = category !== '' && spelledOut.has(category) ? ['count'] : [];
    const missing = entry.placeholders.filter((p) => !found.includes(p) && !optional.includes(p));
    const unknown = found.filter((p) => !entry.placeholders.includes(p));
    if (missing.length > 0 || unknown.length > 0) {
      const parts = [missing.length > 0 && `missing ${braces(missing)}`, unknown.length > 0 && `unknown ${braces(unknown)}`].filter(Boolean);
      problems.push(error(file, key, `placeholders differ from en (en has ${braces(entry.placeholders) || 'none'}): ${parts.join('; ')}`));
    }
    const maxLength = maxLengths.get(base);
    if (maxLength !== undefined && [...value].length > maxLength) {
      problems.push(warning(file, key, `${[...value].length} characters, over the ${maxLength} hinted for it: it may not fit; shorten it if you can`));
    }
    if (category === '' && /\p{L}/u.test(value) && entry.forms.get('') === value) {
      problems.push(warning(file, key, 'same as English: translate it (ignore this if it really reads the same)'));
    }
  }

  for (const key of leaves.keys()) {
    if (expected.has(key)) continue;
    const plural = splitPluralKey(key);
    if (plural && source.entries.get(plural.base)?.plural) {
      problems.push(error(file, key, `plural form "${plural.category}" is not used in ${lng} (${lng} needs ${needed.join(', ')}): remove it`));
    } else if (source.entries.get(key)?.plural) {
      problems.push(error(file, key, `is plural: write ${needed.map((c) => `${key}_${c}`).join(', ')} instead`));
    } else {
      problems.push(error(file, key, `not in ${source.file}: remove it (new keys start in English)`));
    }
  }
  return problems;
}
