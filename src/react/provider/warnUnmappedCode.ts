import type { LuxxonLab } from './LuxxonLab';

/**
 * Development builds only (its callers sit behind a `process.env.NODE_ENV`
 * check that bundlers strip from production builds): warns once per
 * provider about a code neither the kit nor the app maps, naming it and
 * saying how to map it.
 */
export function warnUnmappedCode(lab: LuxxonLab, code: string): void {
  const warned = (lab.warned ??= new Set());
  if (warned.has(code)) return;
  warned.add(code);
  console.warn(
    `[@luxxon/react-errors] The API sent the error code "${code}", which neither the kit nor this app maps: it shows the generic screen. ` +
      `Map it with <LuxxonProvider codes={{ ${code}: { kind: 'waiting', retryable: false } }}> (any experience kind), add "code.${code}.title" and ` +
      `"code.${code}.description" to your luxxon strings, and pass the same codes to createRetryPolicy({ codes }). See docs/unknown-codes.md.`,
  );
}
