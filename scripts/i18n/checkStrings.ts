import type { Json } from './flattenResource';
import { error, type Problem } from './Problem';

/**
 * Every leaf must be a non-empty string: an empty one would show a blank
 * heading or button (i18next returns `''` as found). The check never fills
 * anything in, English least of all.
 */
export function checkStrings(file: string, leaves: ReadonlyMap<string, Json>): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of leaves) {
    if (typeof value !== 'string') problems.push(error(file, key, `must be a string, found ${Array.isArray(value) ? 'an array' : typeof value}`));
    else if (value.trim() === '') problems.push(error(file, key, 'empty string: translate it'));
  }
  return problems;
}
