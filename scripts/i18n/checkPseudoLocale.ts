import { flattenResource, type Json } from './flattenResource';
import { error, type Problem } from './Problem';
import { pseudoLocalizeResource } from './pseudoLocalize';

/** The command that regenerates the pseudo-locale. */
export const PSEUDO_COMMAND = 'npm run i18n:pseudo';

/**
 * The pseudo-locale is generated from English; it must be exactly what the
 * generator makes of the current English, key by key.
 */
export function checkPseudoLocale(file: string, pseudo: Json, source: Json): Problem[] {
  const expected = flattenResource(pseudoLocalizeResource(source));
  const actual = flattenResource(pseudo);
  const problems: Problem[] = [];
  for (const [key, value] of expected) {
    if (!actual.has(key)) problems.push(error(file, key, `missing: out of date with en, run ${PSEUDO_COMMAND}`));
    else if (actual.get(key) !== value) problems.push(error(file, key, `out of date with en: run ${PSEUDO_COMMAND}`));
  }
  for (const key of actual.keys()) {
    if (!expected.has(key)) problems.push(error(file, key, `not in en any more: run ${PSEUDO_COMMAND}`));
  }
  return problems;
}
