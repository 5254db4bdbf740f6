import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectPropertyHolds } from '../../../test/support/checkProperty';
import { safeReturnUrl } from './safeReturnUrl';

const ORIGIN = 'https://app.example';

describe('safeReturnUrl', () => {
  it.each([
    ['/live/42', '/live/42'],
    ['/live/42?zone=3&mode=map#frame', '/live/42?zone=3&mode=map#frame'],
    ['/', '/'],
    ['/a%2Fb', '/a%2Fb'],
    ['/search?q=a\\b', '/search?q=a\\b'],
    [`${ORIGIN}/live/42?zone=3#frame`, '/live/42?zone=3#frame'],
    [`${ORIGIN}`, '/'],
    ['HTTPS://APP.EXAMPLE/live', '/live'],
    [`${ORIGIN}:443/live`, '/live'],
    [`${ORIGIN}/a/../b/./c`, '/b/c'],
  ])('keeps %s on the same origin, as %s', (candidate, path) => {
    expect(safeReturnUrl(candidate, ORIGIN)).toBe(path);
  });

  it.each([
    // Other schemes
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'javascript://app.example/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://app.example/uuid',
    // Other origins
    'https://evil.example/live',
    'http://app.example/live',
    'https://app.example:8443/live',
    'https://app.example.evil.example/',
    'https://app.example@evil.example/',
    'https://evil.example#@app.example',
    'https://evil.example\\@app.example',
    // Protocol-relative and backslash forms
    '//evil.example',
    '//evil.example/live',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    'https:\\\\evil.example',
    'https:/\\evil.example',
    'https:evil.example',
    `${ORIGIN}//evil.example/x`,
    // Percent-encoded variants
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/%252F%252Fevil.example',
    '%2F%2Fevil.example',
    // Whitespace and control characters that parsers drop
    ' //evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '\u0000//evil.example',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '/live\u2028',
    '\ufeff//evil.example',
    // Relative forms whose meaning depends on the page
    'evil.example',
    'live/42',
    '?tab=2',
    '#frame',
    '../live',
    // Not a URL at all
    '',
    `/${'a'.repeat(5000)}`,
  ])('refuses %j', (candidate) => {
    expect(safeReturnUrl(candidate, ORIGIN)).toBe('/');
  });

  it.each([undefined, null, 42, {}, ['/live'], new URL(`${ORIGIN}/live`)])('refuses a non-string (%s)', (candidate) => {
    expect(safeReturnUrl(candidate, ORIGIN)).toBe('/');
  });

  it('uses the fallback it is given', () => {
    expect(safeReturnUrl('//evil.example', ORIGIN, '/home')).toBe('/home');
  });

  it.each(['null', 'file:///tmp', 'not a url', ''])('refuses everything when the origin is not an http(s) origin (%j)', (origin) => {
    expect(safeReturnUrl('/live', origin)).toBe('/');
  });

  it('for any string, gives a path that a browser resolves on the same origin (5000 strings)', async () => {
    const candidate = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webPath().map((p) => `/${p}`),
      fc
        .tuple(fc.constantFrom('/', '\\', '//', '/\\', '%2F', '%5C', ' ', '\t', 'javascript:', 'https:'), fc.string({ unit: 'binary' }))
        .map(([a, b]) => a + b),
    );
    await expectPropertyHolds(
      'safeReturnUrl(any string) stays on the origin',
      fc.property(candidate, (value) => {
        const result = safeReturnUrl(value, ORIGIN);
        expect(result.startsWith('/')).toBe(true);
        expect(result).not.toMatch(/^[/\\][/\\]/);
        expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
        // Resolved against a page deep in another origin, it still names no host of its own.
        expect(new URL(result, 'https://other.example/a/b').origin).toBe('https://other.example');
      }),
      5000,
    );
  });

  it('keeps every same-origin URL a browser could be on (1000 URLs)', async () => {
    await expectPropertyHolds(
      'safeReturnUrl(same-origin location.href) is its path',
      fc.property(fc.webPath(), fc.webQueryParameters(), fc.webFragments(), (path, query, fragment) => {
        // What `location.href` looks like: parsed, so normalized and percent-encoded.
        const href = new URL(`${ORIGIN}/${path.replace(/^\/+/, '')}?${query}#${fragment}`).href;
        const expected = new URL(href);
        fc.pre(!/^\/[/\\]/.test(decodeURIComponent(expected.pathname).replace(/%(?![0-9a-f]{2})/gi, '')));
        expect(safeReturnUrl(href, ORIGIN)).toBe(`${expected.pathname}${expected.search}${expected.hash}`);
      }),
      1000,
    );
  });
});
