/** CLDR plural categories, in CLDR's order (the order messages list them in). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** One of {@link PLURAL_CATEGORIES}. */
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

function isPluralCategory(value: string): value is PluralCategory {
  return (PLURAL_CATEGORIES as readonly string[]).includes(value);
}

/**
 * The cardinal plural categories `lng` needs, as `Intl.PluralRules` (what
 * i18next uses at runtime) reports them, in CLDR order.
 *
 * @example pluralCategories('fr') // ['one', 'many', 'other']
 */
export function pluralCategories(lng: string): PluralCategory[] {
  const used: readonly string[] = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  return PLURAL_CATEGORIES.filter((category) => used.includes(category));
}

/**
 * Categories that only one whole number falls into (Arabic `zero`, `one`,
 * `two`; English `one`): a form for them may spell the number out ("ثانيتين")
 * instead of using `{{count}}`. French `one` (0 and 1) is not one of them.
 *
 * @example singleNumberCategories('ar') // Set { 'zero', 'one', 'two' }
 */
export function singleNumberCategories(lng: string): Set<PluralCategory> {
  const rules = new Intl.PluralRules(lng);
  const seen = new Map<string, number>();
  for (let n = 0; n <= 1000; n += 1) {
    const category = rules.select(n);
    seen.set(category, (seen.get(category) ?? 0) + 1);
  }
  return new Set(pluralCategories(lng).filter((category) => seen.get(category) === 1));
}

/**
 * Splits an i18next plural key (`waiting.countdown_few`) into its base and
 * category; `undefined` for any other key.
 *
 * @example splitPluralKey('waiting.countdown_one') // { base: 'waiting.countdown', category: 'one' }
 */
export function splitPluralKey(key: string): { base: string; category: PluralCategory } | undefined {
  const at = key.lastIndexOf('_');
  if (at <= 0) return undefined;
  const category = key.slice(at + 1);
  return isPluralCategory(category) ? { base: key.slice(0, at), category } : undefined;
}
