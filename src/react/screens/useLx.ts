import { useLuxxon } from '../provider/useLuxxon';

/**
 * The kit's class names, or none under `<LuxxonProvider unstyled>`; the
 * app's `className` is kept either way.
 */
export function useLx(): (names: string, className?: string) => string | undefined {
  const { unstyled } = useLuxxon();
  return (names, className) => (unstyled ? className : className ? `${names} ${className}` : names);
}
