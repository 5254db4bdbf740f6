import type { Metadata } from 'next';
import type { ReactNode } from 'react';
// Type-checks without a bundler's client types: the kit ships styles.css.d.ts.
import '@luxxon/react-errors/styles.css';
import './example.css';

export const metadata: Metadata = { title: 'Luxxon live view (Next.js example)' };

/** The root layout: a Server Component, no providers (they need the page's configuration). */
export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
