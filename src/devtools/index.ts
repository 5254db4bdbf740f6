// `@luxxon/react-errors/devtools`: the error lab in development, nothing in
// production. As @tanstack/react-query-devtools does, the switch is on
// `process.env.NODE_ENV`, which bundlers replace with a string: in a
// production build the branch with the panel is dead code, and the panel's
// modules drop out of the bundle. `@luxxon/react-errors/devtools/production`
// always exports the panel (lazy-load it to show the lab in a staging build).
import type { ReactElement } from 'react';
import * as devtools from './LuxxonDevtools';
import type { LuxxonDevtoolsProps } from './LuxxonDevtools';

declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * The error lab (see `@luxxon/react-errors/devtools/production`'s
 * `LuxxonDevtools`), or a component that renders nothing unless
 * `process.env.NODE_ENV` is `'development'`.
 *
 * @example
 * ```tsx
 * <LuxxonProvider>
 *   <App />
 *   <LuxxonDevtools />
 * </LuxxonProvider>
 * ```
 */
export const LuxxonDevtools: (props: LuxxonDevtoolsProps) => ReactElement | null =
  process.env.NODE_ENV !== 'development'
    ? function LuxxonDevtools() {
        return null;
      }
    : devtools.LuxxonDevtools;

export type { LuxxonDevtoolsProps } from './LuxxonDevtools';
