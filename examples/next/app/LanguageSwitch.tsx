'use client';

import { useEffect, useId } from 'react';
import { useExample } from './Providers';

const LANGUAGES = [
  { lng: 'en', name: 'English' },
  { lng: 'es', name: 'Español' },
  { lng: 'pt-BR', name: 'Português (Brasil)' },
  { lng: 'fr', name: 'Français' },
  { lng: 'de', name: 'Deutsch' },
  { lng: 'ja', name: '日本語' },
  { lng: 'ar', name: 'العربية' },
] as const;

/** Switches the kit's language; its screens follow without a reload or a request. */
export function LanguageSwitch() {
  const { lng, setLng } = useExample();
  const id = useId();
  useEffect(() => {
    document.documentElement.lang = lng;
  }, [lng]);
  return (
    <div className="example-language">
      <label htmlFor={id}>Language</label>
      <select id={id} value={lng} onChange={(event) => setLng(event.target.value)}>
        {LANGUAGES.map(({ lng: value, name }) => (
          <option key={value} value={value} lang={value}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
