import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_REGISTRY, describeCode } from './codeRegistry';
import { KIT_ERROR_CODES, LUXXON_ERROR_CODES } from './codes';
import { EXPERIENCE_KINDS } from '../experience/ExperienceKind';

// The API's error page, as committed beside the registry; CI also has the shared original.
const pagePath = path.resolve('src/core/codes/luxxon-errors-page.txt');
const sharedPagePath = path.resolve('../shared/reference/luxxon-errors-page.txt');

/** Rows of the page's tables: "NO_COVERAGE503No ONLINE operator…" → [code, status]. */
function tableRows(page: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (const match of page.matchAll(/^([A-Z][A-Z_]+[A-Z])(\d{3})\S/gm)) {
    rows.set(match[1]!, Number(match[2]));
  }
  return rows;
}

/** The page's sections, in order, with the codes under each. */
function sections(page: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current = '';
  for (const line of page.split('\n')) {
    const heading = /^(Auth \+ authorization|Domain rules|Wallet \+ settlement|Not-found|Infrastructure \(5xx\))$/.exec(line.trim());
    if (heading) current = heading[1]!;
    const row = /^([A-Z][A-Z_]+[A-Z])\d{3}\S/.exec(line);
    if (row && current) result.set(current, [...(result.get(current) ?? []), row[1]!]);
  }
  return result;
}

const page = readFileSync(pagePath, 'utf8');
const rows = tableRows(page);

describe('the code registry against the error page', () => {
  it('finds all 26 codes of the page (the parser itself works)', () => {
    expect(rows.size).toBe(26);
  });

  it('lists exactly the codes of the page, in its order', () => {
    expect([...LUXXON_ERROR_CODES]).toEqual([...rows.keys()]);
  });

  it('records the documented status of every code', () => {
    for (const [code, status] of rows) {
      expect(describeCode(code).status, code).toBe(status);
    }
  });

  it('puts each code in the family of its section', () => {
    const family = { 'Auth + authorization': 'auth', 'Domain rules': 'domain', 'Wallet + settlement': 'wallet', 'Not-found': 'not-found', 'Infrastructure (5xx)': 'infrastructure' } as const;
    const bySection = sections(page);
    expect([...bySection.keys()]).toEqual(Object.keys(family));
    for (const [section, codes] of bySection) {
      for (const code of codes) expect(describeCode(code).family, code).toBe(family[section as keyof typeof family]);
    }
  });

  it.skipIf(!existsSync(sharedPagePath))('matches the shared reference copy of the page', () => {
    expect(tableRows(readFileSync(sharedPagePath, 'utf8'))).toEqual(rows);
  });
});

describe('CODE_REGISTRY', () => {
  it('has an entry for every page code and every kit code, and nothing else', () => {
    expect(Object.keys(CODE_REGISTRY).sort()).toEqual([...LUXXON_ERROR_CODES, ...KIT_ERROR_CODES].sort());
  });

  it('gives the code lists, which it is the source of, in the order their types declare', () => {
    expect(LUXXON_ERROR_CODES[0]).toBe('NOT_AUTHENTICATED');
    expect(LUXXON_ERROR_CODES.at(-1)).toBe('INTERNAL_SERVER_ERROR');
    expect([...KIT_ERROR_CODES]).toEqual(['NETWORK_ERROR', 'BAD_RESPONSE', 'CHUNK_LOAD_ERROR', 'UNKNOWN']);
  });

  it('gives every entry a real experience kind', () => {
    for (const info of Object.values(CODE_REGISTRY)) expect(EXPERIENCE_KINDS).toContain(info.kind);
  });

  it.each([
    ['NO_CREDIT', 'top-up'],
    ['INSUFFICIENT_CREDIT', 'top-up'],
    ['NOT_AUTHENTICATED', 're-login'],
    ['NO_COVERAGE', 'waiting'],
    ['UNAVAILABLE', 'waiting'],
    ['FRAME_NOT_AVAILABLE', 'waiting'],
    ['NOT_OPERATOR', 'permission'],
    ['OUTSIDE_COVERAGE', 'fix-request'],
    ['CONFLICT', 'out-of-date'],
    ['SESSION_NOT_FOUND', 'not-found'],
    ['VIDEO_ERROR', 'service-down'],
    ['NETWORK_ERROR', 'waiting'],
    ['BAD_RESPONSE', 'service-down'],
  ])('%s → %s', (code, kind) => {
    expect(describeCode(code).kind).toBe(kind);
  });

  it('marks as retryable exactly the transient codes: UNAVAILABLE, the 5xx family, network and unreadable responses', () => {
    const retryable = Object.entries(CODE_REGISTRY)
      .filter(([, info]) => info.retryable)
      .map(([code]) => code)
      .sort();
    expect(retryable).toEqual(
      ['UNAVAILABLE', 'DATABASE_ERROR', 'AUTHZ_ERROR', 'VIDEO_ERROR', 'QUEUE_ERROR', 'EXTERNAL_ERROR', 'PAYMENT_ERROR', 'INTERNAL_SERVER_ERROR', 'NETWORK_ERROR', 'BAD_RESPONSE'].sort(),
    );
  });

  it('falls back to the generic entry for unknown codes, also ones named like Object members', () => {
    for (const code of ['BRAND_NEW_CODE', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(describeCode(code)).toEqual({ family: 'unknown', kind: 'generic', retryable: false, status: 0 });
    }
  });
});
