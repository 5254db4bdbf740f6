import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait up to 1 s by default: the full run (every browser project at once on a
// 2-core CI machine) once took longer to show a first screen. A bound, not a speed target.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
