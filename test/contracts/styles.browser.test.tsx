/// <reference types="vite/client" />
import { render } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../../src/styles.css';
import stylesUrl from '../../src/styles.css?url';
import { KIT_ERROR_CODES, LUXXON_ERROR_CODES } from '../../src/core/codes/codes';
import { LuxxonErrorScreen } from '../../src/react/screens/LuxxonErrorScreen';
import { LuxxonProvider } from '../../src/react/provider/LuxxonProvider';
import { createLuxxonError } from '../../src/testing/createLuxxonError';

const CSP = "default-src 'none'; style-src 'self'; script-src 'none'; img-src 'self'";
const ACCENT = 'rgb(31, 79, 209)';

function screenFor(code: string) {
  return (
    <LuxxonProvider lng="en" topUpUrl="/billing" supportUrl="/help" onReauthenticate={() => undefined}>
      <LuxxonErrorScreen error={createLuxxonError(code)} onRetry={() => undefined} onShortenDuration={() => undefined} />
    </LuxxonProvider>
  );
}

/** Loads `body` in a same-origin iframe under a strict CSP, with the kit's stylesheet linked as a file. */
async function underStrictCsp(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<link rel="stylesheet" href="${stylesUrl}">
</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument;
  if (!doc) throw new Error('no iframe document');
  // The stylesheet arrives after load in some engines: wait for its rules.
  for (let i = 0; i < 50 && doc.styleSheets.length === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
  return doc;
}

describe('styles under a strict Content-Security-Policy', () => {
  it('apply from the stylesheet file alone: every screen server-rendered under style-src \'self\'', async () => {
    const codes = [...LUXXON_ERROR_CODES, ...KIT_ERROR_CODES];
    const markup = codes.map((code) => renderToStaticMarkup(screenFor(code))).join('');
    expect(markup).not.toMatch(/\sstyle=/i);
    // A control with an inline style, which the policy must block: proves the policy is in force.
    const doc = await underStrictCsp(`${markup}<p id="control" style="color: rgb(255, 0, 0)">control</p>`);
    const view = doc.defaultView;
    if (!view) throw new Error('no iframe window');
    expect(view.getComputedStyle(doc.getElementById('control') as Element).color).not.toBe('rgb(255, 0, 0)');

    expect(doc.querySelectorAll('.lx-error')).toHaveLength(codes.length);
    for (const screen of doc.querySelectorAll('.lx-error')) {
      const style = view.getComputedStyle(screen);
      expect(style.borderTopLeftRadius).toBe('12px');
      expect(style.borderTopStyle).toBe('solid');
    }
    for (const button of doc.querySelectorAll('.lx-button--primary')) {
      expect(view.getComputedStyle(button).backgroundColor).toBe(ACCENT);
    }
    for (const actions of doc.querySelectorAll('.lx-error__actions')) expect(view.getComputedStyle(actions).display).toBe('flex');
    for (const hidden of doc.querySelectorAll('.lx-visually-hidden')) expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('apply to a client-rendered screen once styles.css is imported', async () => {
    const { container } = render(screenFor('NO_CREDIT'));
    const primary = container.querySelector('.lx-button--primary');
    expect(primary).not.toBeNull();
    expect(getComputedStyle(primary as Element).backgroundColor).toBe(ACCENT);
    expect(getComputedStyle(primary as Element).minHeight).toBe('44px');
    expect(container.querySelector('[style]')).toBeNull();
  });
});
