import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithLuxxon } from '../../../test/support/renderWithLuxxon';
import type { LuxxonSettings } from './LuxxonContext';
import { useLuxxon } from './useLuxxon';

function Settings({ onSettings }: { readonly onSettings: (settings: LuxxonSettings) => void }) {
  const settings = useLuxxon();
  onSettings(settings);
  return <p>locale {settings.locale}</p>;
}

describe('useLuxxon', () => {
  it("returns the provider's settings and none of the kit's internals", async () => {
    const seen: LuxxonSettings[] = [];
    renderWithLuxxon(<Settings onSettings={(s) => seen.push(s)} />, { topUpUrl: '/billing', homeUrl: '/', headingLevel: 3 });
    await screen.findByText('locale en');
    expect(Object.keys(seen.at(-1) ?? {}).sort()).toEqual(
      ['headingLevel', 'homeUrl', 'locale', 'loginUrl', 'onReauthenticate', 'supportUrl', 'topUpUrl', 'unstyled'].sort(),
    );
    expect(seen.at(-1)).toMatchObject({ topUpUrl: '/billing', homeUrl: '/', headingLevel: 3, loginUrl: undefined });
  });

  it('names the provider it needs when called outside one', () => {
    expect(() => render(<Settings onSettings={() => undefined} />)).toThrow(/useLuxxon must be used inside <LuxxonProvider>/);
  });
});
