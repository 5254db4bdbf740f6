import { Suspense } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import { LuxxonErrorBoundary, type LuxxonErrorBoundaryProps } from '../../src/react/boundary/LuxxonErrorBoundary';

/** Props of {@link LiveView}. */
export interface LiveViewProps extends Omit<LuxxonErrorBoundaryProps, 'children'> {
  /** The request; throw to fail it. */
  readonly queryFn: () => Promise<string>;
  readonly queryKey?: readonly unknown[];
}

function Content({ queryFn, queryKey }: Pick<LiveViewProps, 'queryFn' | 'queryKey'>) {
  const { data } = useSuspenseQuery({ queryKey: queryKey ?? ['live-view'], queryFn });
  return <p>Live view: {data}</p>;
}

/** A view as an app writes it: a suspense query inside LuxxonErrorBoundary + Suspense. */
export function LiveView({ queryFn, queryKey, ...boundary }: LiveViewProps) {
  return (
    <LuxxonErrorBoundary {...boundary}>
      <Suspense fallback={<p>Loading…</p>}>
        <Content queryFn={queryFn} queryKey={queryKey} />
      </Suspense>
    </LuxxonErrorBoundary>
  );
}
