import type { Json } from './flattenResource';
import { error, type Problem } from './Problem';
import type { SourceText } from './SourceText';

/**
 * A word no string under some keys may use, in any locale: from a glossary
 * entry's `avoid` in the translators' context file, for example
 *
 * ```json
 * "session": { "means": "…", "avoid": { "in": ["code.NOT_AUTHENTICATED."], "why": "…", "match": { "en": ["session"], "de": ["Sitzung"] } } }
 * ```
 */
export interface WordingRule {
  /** The glossary term, as the message names it. */
  readonly term: string;
  /** Key prefixes the rule covers; `""` covers every key. */
  readonly in: readonly string[];
  readonly why: string;
  /** What to look for, by locale (`*`: every locale); case-insensitive, anywhere in the text (stems catch inflections). */
  readonly match: Readonly<Record<string, readonly string[]>>;
}

type JsonObject = { readonly [key: string]: Json };
const isRecord = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings = (value: Json | undefined): value is readonly string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '');

/**
 * Reads the wording rules from the context file's `glossary`: every entry
 * with an `avoid` object (`in`: key prefixes, `why`, `match`: words by
 * locale). Reports a malformed rule, and a prefix that covers none of en's
 * keys (a renamed key would otherwise switch the rule off unnoticed).
 */
export function readWordingRules(file: string, context: Json, source: SourceText): { problems: Problem[]; rules: WordingRule[] } {
  const problems: Problem[] = [];
  const rules: WordingRule[] = [];
  const glossary = isRecord(context) ? context['glossary'] : undefined;
  if (!isRecord(glossary)) return { problems, rules };
  for (const [term, entry] of Object.entries(glossary)) {
    const avoid = isRecord(entry) ? entry['avoid'] : undefined;
    if (avoid === undefined) continue;
    const where = `glossary.${term}.avoid`;
    const prefixes = isRecord(avoid) ? avoid['in'] : undefined;
    const why = isRecord(avoid) ? avoid['why'] : undefined;
    const match = isRecord(avoid) ? avoid['match'] : undefined;
    if (!Array.isArray(prefixes) || !prefixes.every((p) => typeof p === 'string') || typeof why !== 'string' || !isRecord(match) || !Object.values(match).every(isStrings)) {
      problems.push(error(file, where, 'must be { "in": [key prefixes], "why": "…", "match": { "<lng>" or "*": ["word", …] } }'));
      continue;
    }
    const keys = [...source.entries.keys()];
    for (const prefix of prefixes as string[]) {
      if (!keys.some((key) => key.startsWith(prefix))) problems.push(error(file, where, `"${prefix}" covers no key of ${source.file}`));
    }
    rules.push({ term, in: prefixes as string[], why, match: match as Record<string, readonly string[]> });
  }
  return { problems, rules };
}

/**
 * Every string of one locale against the wording rules: an error for each
 * string, under a key a rule covers, that contains one of the rule's words
 * for this locale (or for every locale).
 *
 * @example checkWording('locales/de/luxxon.json', 'de', leaves, rules)
 * // [error('locales/de/luxxon.json', 'code.NOT_AUTHENTICATED.title', 'says "Sitzung" (glossary: session): …')]
 */
export function checkWording(file: string, lng: string, leaves: ReadonlyMap<string, Json>, rules: readonly WordingRule[]): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    const words = [...(rule.match['*'] ?? []), ...(rule.match[lng] ?? [])];
    if (words.length === 0) continue;
    for (const [key, value] of leaves) {
      if (typeof value !== 'string' || !rule.in.some((prefix) => key.startsWith(prefix))) continue;
      const text = value.toLocaleLowerCase(lng).normalize('NFC');
      const found = words.find((word) => text.includes(word.toLocaleLowerCase(lng).normalize('NFC')));
      if (found !== undefined) problems.push(error(file, key, `says "${found}" (glossary: ${rule.term}): ${rule.why}`));
    }
  }
  return problems;
}
