import { describe, expect, it } from 'vitest';
import { loginHref } from './loginHref';

const ORIGIN = 'https://app.example';
const HERE = `${ORIGIN}/live/42?zone=3#map`;

describe('loginHref', () => {
  it('adds the current same-origin path to a sign-in page on the same origin', () => {
    expect(loginHref('/login', HERE, ORIGIN)).toBe('/login?returnTo=%2Flive%2F42%3Fzone%3D3%23map');
    expect(loginHref(`${ORIGIN}/login?flow=sso`, HERE, ORIGIN)).toBe(`${ORIGIN}/login?flow=sso&returnTo=%2Flive%2F42%3Fzone%3D3%23map`);
  });

  it('gives a sign-in page on another origin (an identity provider) the absolute URL of this origin', () => {
    const href = loginHref('https://id.example/authorize', HERE, ORIGIN);
    expect(new URL(href ?? '').searchParams.get('returnTo')).toBe(HERE);
  });

  it.each(['javascript://app.example/%0aalert(1)', 'https://evil.example/', '//evil.example/x', `${ORIGIN}//evil.example`])(
    'never passes on a return URL that leaves the origin (%s): it falls back to /',
    (current) => {
      expect(new URL(loginHref('/login', current, ORIGIN) ?? '', ORIGIN).searchParams.get('returnTo')).toBe('/');
    },
  );

  it('replaces a returnTo the sign-in URL already carried', () => {
    expect(loginHref('/login?returnTo=https://evil.example', HERE, ORIGIN)).toBe('/login?returnTo=%2Flive%2F42%3Fzone%3D3%23map');
  });

  it.each([undefined, '', 'javascript:alert(1)', 'data:text/html,x', '//evil.example/login', '/\\evil.example/login', ' '])(
    'gives no link for an unsafe sign-in URL (%j)',
    (loginUrl) => {
      expect(loginHref(loginUrl, HERE, ORIGIN)).toBeUndefined();
    },
  );
});
