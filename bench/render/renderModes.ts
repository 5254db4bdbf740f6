/** What the render benchmark compares: the same views bare, in react-error-boundary's boundary, in the kit's. */
export const RENDER_MODES = ['bare', 'react-error-boundary', 'luxxon'] as const;

/** One of {@link RENDER_MODES}. */
export type RenderMode = (typeof RENDER_MODES)[number];

/** Timings of one mount → update → unmount of the whole list, in ms. */
export interface RenderSample {
  readonly mountMs: number;
  readonly updateMs: number;
  readonly unmountMs: number;
}
