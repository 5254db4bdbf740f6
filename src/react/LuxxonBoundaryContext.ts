import { createContext } from 'react';

/** True below a `<LuxxonErrorBoundary>`; lets its hook fail loudly elsewhere. */
export const LuxxonBoundaryContext = createContext(false);
LuxxonBoundaryContext.displayName = 'LuxxonBoundaryContext';
