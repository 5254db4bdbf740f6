import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectPropertyHolds } from '../../../test/support/checkProperty';
import { FORGING_CHARACTERS, FORGING_PATTERN } from '../../../test/support/hostileValues';
import { isSafeHref } from './isSafeHref';

const TIMEOUT = 60_000;
const path = fc.stringMatching(/^\/[\w./?#=&%-]{0,30}$/);
const url = fc.oneof(path, fc.webUrl({ withQueryParameters: true, withFragments: true }));

describe('isSafeHref: only http(s) URLs and same-site paths, never with a hidden character', () => {
  it(
    'refuses a URL with any control or whitespace character anywhere (10000 URLs)',
    async () => {
      const spliced = fc
        .tuple(url, fc.constantFrom(...FORGING_CHARACTERS), fc.nat())
        .map(([href, character, at]) => {
          const i = at % (href.length + 1);
          return `${href.slice(0, i)}${character}${href.slice(i)}`;
        });
      await expectPropertyHolds(
        'isSafeHref(URL with a control or space)',
        fc.property(spliced, (href) => {
          expect(isSafeHref(href)).toBe(false);
        }),
        10_000,
      );
    },
    TIMEOUT,
  );

  it(
    'whatever it accepts is a path starting with one "/" or an http(s) URL, with no hidden character (10000 strings)',
    async () => {
      const anyHref = fc.oneof(url, fc.string({ unit: 'binary', maxLength: 30 }), fc.string().map((s) => `/${s}`), fc.string().map((s) => `javascript:${s}`));
      await expectPropertyHolds(
        'isSafeHref(any string)',
        fc.property(anyHref, (href) => {
          if (!isSafeHref(href)) return;
          expect(href).not.toMatch(FORGING_PATTERN);
          if (href.startsWith('/')) expect(href).not.toMatch(/^\/[/\\]/);
          else expect(['http:', 'https:']).toContain(new URL(href).protocol);
        }),
        10_000,
      );
    },
    TIMEOUT,
  );
});
