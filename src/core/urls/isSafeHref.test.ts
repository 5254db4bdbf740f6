import { describe, expect, it } from 'vitest';
import { isSafeHref } from './isSafeHref';

describe('isSafeHref', () => {
  it.each(['/billing', '/help?topic=credit#top', 'https://console.luxxon.example/billing', 'http://localhost:3000/billing'])('links %j', (url) => {
    expect(isSafeHref(url)).toBe(true);
  });

  it.each([
    // Browsers drop tabs and newlines inside URLs: each of these is "//evil.example", another site.
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\u000b/evil.example',
    '\t//evil.example',
    '/\u00a0/evil.example',
    '/\u200b/evil.example',
    '/\u3000/evil.example',
    '/\ufeff/evil.example',
    'https://console.luxxon.example/\nbilling',
    ' /billing',
    '/billing ',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '',
    '   ',
    undefined,
  ])('refuses %j', (url) => {
    expect(isSafeHref(url)).toBe(false);
  });

  it('refuses values that are not strings (JavaScript apps)', () => {
    expect(isSafeHref(42 as unknown as string)).toBe(false);
    expect(isSafeHref({ toString: () => '/billing' } as unknown as string)).toBe(false);
  });
});
