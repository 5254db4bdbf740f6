import { lazy, Suspense } from 'react';
import { LuxxonDevtools } from '@luxxon/react-errors/devtools';

// A production build (the end-to-end tests', a staging deploy) loads the lab only when asked
// (`?devtools=1`), as a chunk of its own; `./devtools` itself is a null component there.
const ProductionDevtools = lazy(() => import('@luxxon/react-errors/devtools/production').then((m) => ({ default: m.LuxxonDevtools })));

/** The kit's error lab: always on the dev server (`npm run demo`), on demand in a production build. */
export function DemoDevtools({ onDemand }: { readonly onDemand: boolean }) {
  if (!onDemand) return <LuxxonDevtools />;
  return (
    <Suspense fallback={null}>
      <ProductionDevtools />
    </Suspense>
  );
}
