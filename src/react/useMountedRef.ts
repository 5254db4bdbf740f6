import { useEffect, useRef, type RefObject } from 'react';

/**
 * `ref.current` is true while the component is mounted: async work (a
 * sign-in, a check) reads it before it updates state, so nothing happens
 * after an unmount.
 */
export function useMountedRef(): RefObject<boolean> {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
