import type { Json } from './flattenResource';
import { error, type Problem } from './Problem';
import type { SourceText } from './SourceText';

/** What the context file says about one key. */
export interface KeyContext {
  /** Where the text shows and what it is for. */
  readonly where: string;
  /** Longest the text should be, in characters, to fit its place. */
  readonly maxLength: number;
  /** What each placeholder holds. */
  readonly placeholders?: Readonly<Record<string, string>>;
  readonly note?: string;
}

function isRecord(value: Json | undefined): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the translators' context file (`locales/en/luxxon.context.json`):
 * its `keys` describe exactly the source locale's keys (plural keys once,
 * without suffix), each with where it shows, a length hint the English
 * text fits in, and every placeholder it uses. Returns the length hints.
 */
export function checkContext(file: string, context: Json, source: SourceText): { problems: Problem[]; maxLengths: Map<string, number> } {
  const problems: Problem[] = [];
  const maxLengths = new Map<string, number>();
  const keys = isRecord(context) ? context['keys'] : undefined;
  if (!isRecord(keys)) return { problems: [error(file, undefined, 'must have a "keys" object, one entry per key of en')], maxLengths };

  for (const [key, entry] of source.entries) {
    const described = keys[key];
    if (!isRecord(described)) {
      problems.push(error(file, key, 'no context for translators: add where it shows and its maxLength'));
      continue;
    }
    const { where, maxLength, placeholders } = described;
    if (typeof where !== 'string' || where.trim() === '') problems.push(error(file, key, '"where" must say where the text shows'));
    if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength <= 0) {
      problems.push(error(file, key, '"maxLength" must be a positive whole number of characters'));
    } else {
      maxLengths.set(key, maxLength);
      for (const [category, text] of entry.forms) {
        const length = [...text].length;
        if (length > maxLength) {
          problems.push(error(source.file, category ? `${key}_${category}` : key, `${length} characters, over its maxLength ${maxLength} in ${file}`));
        }
      }
    }
    const describedNames = isRecord(placeholders) ? Object.keys(placeholders) : [];
    for (const name of entry.placeholders) {
      if (!describedNames.includes(name)) problems.push(error(file, key, `placeholder {{${name}}} is not described under "placeholders"`));
    }
    for (const name of describedNames) {
      if (!entry.placeholders.includes(name)) problems.push(error(file, key, `describes placeholder {{${name}}}, which en does not use`));
    }
  }
  for (const key of Object.keys(keys)) {
    if (!source.entries.has(key)) problems.push(error(file, key, `describes a key ${source.file} does not have: remove it`));
  }
  return { problems, maxLengths };
}
