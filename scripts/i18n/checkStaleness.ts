import type { Json } from './flattenResource';
import { splitPluralKey } from './pluralCategories';
import { warning, type Problem } from './Problem';
import type { SourceText } from './SourceText';

/** Inputs of {@link checkStaleness}. */
export interface CheckStalenessInput {
  readonly lng: string;
  /** The translation, `locales/<lng>/luxxon.json`. */
  readonly file: string;
  readonly translated: ReadonlyMap<string, Json>;
  /** `locales/<lng>/luxxon.translated-from.json` (see translatedFromFile). */
  readonly recordFile: string;
  /** Its strings by key; `undefined` when the file does not exist. */
  readonly record: ReadonlyMap<string, Json> | undefined;
  readonly source: SourceText;
}

const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * Finds translations made from English that has changed since: a key whose
 * English differs from what `npm run i18n:accept -- <lng>` recorded, or
 * that was translated after the last record. Warnings, so that a change to
 * English never blocks CI, but every translator sees what to revisit.
 * Missing keys are not repeated here (checkTranslation reports them).
 */
export function checkStaleness({ lng, file, translated, recordFile, record, source }: CheckStalenessInput): Problem[] {
  const accept = `npm run i18n:accept -- ${lng}`;
  if (record === undefined) {
    return [warning(recordFile, undefined, `missing: no record of the English ${lng} was translated from; once every string is translated and reviewed, run ${accept}`)];
  }
  const translatedBases = new Set([...translated.keys()].map((key) => splitPluralKey(key)?.base ?? key));
  const problems: Problem[] = [];
  for (const { key, forms, plural } of source.entries.values()) {
    if (!translatedBases.has(key)) continue;
    const recorded = [...forms].map(([category, text]) => ({ text, was: record.get(plural ? `${key}_${category}` : key) }));
    const changed = recorded.find(({ text, was }) => typeof was === 'string' && was !== text);
    if (changed !== undefined) {
      problems.push(warning(file, key, `English changed since this was translated: was ${quote(String(changed.was))}, now ${quote(changed.text)}; update the translation, then run ${accept}`));
    } else if (recorded.some(({ was }) => typeof was !== 'string')) {
      problems.push(warning(file, key, `translated after the last record of English: review it, then run ${accept}`));
    }
  }
  return problems;
}
