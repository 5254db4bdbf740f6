import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import '../../src/styles.css';
import { KIT_ERROR_CODES, LUXXON_ERROR_CODES } from '../../src/core/codes/codes';
import { LuxxonErrorScreen } from '../../src/react/screens/LuxxonErrorScreen';
import { LuxxonProvider } from '../../src/react/provider/LuxxonProvider';
import { createLuxxonError } from '../../src/testing/createLuxxonError';

const root = document.documentElement;

function renderAll() {
  return render(
    <LuxxonProvider lng="en" topUpUrl="/billing" supportUrl="/help" homeUrl="/" onReauthenticate={() => undefined}>
      {[...LUXXON_ERROR_CODES, ...KIT_ERROR_CODES].map((code) => (
        <LuxxonErrorScreen key={code} error={createLuxxonError(code)} onRetry={() => undefined} onShortenDuration={() => undefined} />
      ))}
    </LuxxonProvider>,
  );
}

const PAINTED = ['color', 'backgroundColor', 'borderTopColor'] as const;

/** Every colour the kit paints, per element: what a theme must change. */
function paintedColours(container: Element): string[][] {
  return [...container.querySelectorAll('.lx-error, .lx-error *')].map((element) => {
    const style = getComputedStyle(element);
    return PAINTED.map((property) => style[property]);
  });
}

const surface = (container: Element) => getComputedStyle(container.querySelector('.lx-error') as Element).backgroundColor;

afterEach(async () => {
  root.removeAttribute('data-lx-theme');
  root.style.removeProperty('--lx-surface');
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('theming through tokens', () => {
  it('dark (data-lx-theme="dark") changes every colour the kit paints: no hard-coded colour is left', () => {
    const { container } = renderAll();
    const light = paintedColours(container);
    root.setAttribute('data-lx-theme', 'dark');
    const dark = paintedColours(container);
    expect(dark).toHaveLength(light.length);
    for (const [i, colours] of light.entries()) {
      for (const [j, colour] of colours.entries()) {
        // Transparent stays transparent; everything painted changes.
        if (colour === 'rgba(0, 0, 0, 0)') continue;
        expect(dark[i]?.[j], `${PAINTED[j]} of element ${i}`).not.toBe(colour);
      }
    }
    expect(getComputedStyle(container.querySelector('.lx-support') as Element).backgroundColor).toBe('rgb(34, 41, 53)');
  });

  it('follows prefers-color-scheme: dark, and data-lx-theme="light" on an ancestor forces light', async () => {
    const { container } = renderAll();
    expect(surface(container)).toBe('rgb(255, 255, 255)');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    expect(surface(container)).toBe('rgb(24, 29, 38)');
    container.setAttribute('data-lx-theme', 'light');
    expect(surface(container)).toBe('rgb(255, 255, 255)');
  });

  it('an explicit theme nests: a light island in a dark page, a dark island in high contrast', () => {
    const { container } = renderAll();
    root.setAttribute('data-lx-theme', 'dark');
    container.setAttribute('data-lx-theme', 'light');
    expect(surface(container)).toBe('rgb(255, 255, 255)');
    root.setAttribute('data-lx-theme', 'high-contrast');
    container.setAttribute('data-lx-theme', 'dark');
    expect(surface(container)).toBe('rgb(24, 29, 38)');
    container.removeAttribute('data-lx-theme');
    expect(getComputedStyle(container.querySelector('.lx-support') as Element).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it("follows the system's dark without changing the page's own color-scheme", async () => {
    const { container } = renderAll();
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    expect(getComputedStyle(container.querySelector('.lx-support') as Element).backgroundColor).toBe('rgb(34, 41, 53)');
    expect(getComputedStyle(root).colorScheme).toBe('normal');
    expect(getComputedStyle(document.body).colorScheme).toBe('normal');
  });

  it("an app's token at :root wins over the kit's default, in both themes", () => {
    root.style.setProperty('--lx-surface', 'rgb(1, 2, 3)');
    const { container } = renderAll();
    expect(surface(container)).toBe('rgb(1, 2, 3)');
    // An app's token on an ancestor wins too.
    container.classList.add('app-panel');
    const panel = document.createElement('style');
    panel.textContent = '.app-panel { --lx-surface: rgb(4, 5, 6); }';
    document.head.append(panel);
    try {
      expect(surface(container)).toBe('rgb(4, 5, 6)');
    } finally {
      panel.remove();
    }
  });
});
