import { describe, expect, it } from 'vitest';
import { failureCode } from './failureCode';
import { toLuxxonError } from './toLuxxonError';

describe('CHUNK_LOAD_ERROR: a new version of the app is out', () => {
  it.each([
    ['Chromium', new TypeError('Failed to fetch dynamically imported module: https://app.example/assets/LiveView-3f2a.js')],
    ['Firefox', new TypeError('error loading dynamically imported module: https://app.example/assets/LiveView-3f2a.js')],
    ['Safari', new TypeError('Importing a module script failed.')],
    ['webpack', Object.assign(new Error('Loading chunk 417 failed.\n(error: https://app.example/417.js)'), { name: 'ChunkLoadError' })],
    ['webpack CSS', new Error('Loading CSS chunk live-view failed.\n(https://app.example/live-view.css)')],
    ['Vite CSS preload', new Error('Unable to preload CSS for /assets/LiveView-3f2a.css')],
  ])('recognizes %s, before taking it for a network failure', (_, value) => {
    expect(failureCode(value)).toBe('CHUNK_LOAD_ERROR');
    expect(toLuxxonError(value).code).toBe('CHUNK_LOAD_ERROR');
  });

  it.each([
    ['a failed fetch', new TypeError('Failed to fetch')],
    ['a plain error', new Error('Cannot read properties of undefined')],
    ['a Luxxon envelope', { statusCode: 503, code: 'NO_COVERAGE', message: 'Loading chunk 1 failed' }],
    ['a hostile getter', Object.defineProperty({}, 'message', { get: () => { throw new Error('no'); } })],
  ])('leaves %s alone', (_, value) => {
    expect(toLuxxonError(value).code).not.toBe('CHUNK_LOAD_ERROR');
  });
});
