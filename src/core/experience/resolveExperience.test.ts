import { describe, expect, it } from 'vitest';
import { LUXXON_ERROR_CODES } from '../codes/codes';
import { LuxxonError } from '../errors/LuxxonError';
import { resolveExperience } from './resolveExperience';

describe('resolveExperience', () => {
  it('builds the ordered keys: code → generic', () => {
    expect(resolveExperience(new LuxxonError({ code: 'NO_CREDIT' })).text).toEqual({
      title: ['code.NO_CREDIT.title', 'generic.title'],
      description: ['code.NO_CREDIT.description', 'generic.description'],
    });
  });

  it('never splices an unknown server code into a key', () => {
    const experience = resolveExperience(new LuxxonError({ code: 'luxxon:generic', message: 'x' }));
    expect(experience.text.title).toEqual(['generic.title']);
  });

  it('offers "shorten duration" only for INSUFFICIENT_CREDIT', () => {
    const insufficient = resolveExperience(new LuxxonError({ code: 'INSUFFICIENT_CREDIT' }));
    const none = resolveExperience(new LuxxonError({ code: 'NO_CREDIT' }));
    expect(insufficient.kind === 'top-up' && insufficient.canShortenDuration).toBe(true);
    expect(none.kind === 'top-up' && none.canShortenDuration).toBe(false);
  });

  it('carries Retry-After into waiting experiences', () => {
    const experience = resolveExperience(new LuxxonError({ code: 'NO_COVERAGE', retryAfterMs: 9000 }));
    expect(experience).toMatchObject({ kind: 'waiting', retryAfterMs: 9000 });
  });

  it('keeps the server message only for unknown server codes', () => {
    const unknown = resolveExperience(new LuxxonError({ code: 'RATE_LIMITED', message: 'Slow down' }));
    const appSide = resolveExperience(new LuxxonError({ code: 'UNKNOWN', message: 'Cannot read properties of undefined' }));
    const blank = resolveExperience(new LuxxonError({ code: 'RATE_LIMITED', message: '   ' }));
    expect(unknown).toMatchObject({ kind: 'generic', serverMessage: 'Slow down' });
    expect(appSide).toMatchObject({ kind: 'generic', serverMessage: undefined });
    expect(blank).toMatchObject({ kind: 'generic', serverMessage: undefined });
  });

  it('gives a support reference without detail', () => {
    const experience = resolveExperience(
      new LuxxonError({ code: 'INTERNAL_SERVER_ERROR', statusCode: 500, detail: 'secret', timestamp: '2026-05-13T08:30:00Z', requestId: 'req_1' }),
    );
    expect(experience).toMatchObject({ kind: 'service-down', support: { code: 'INTERNAL_SERVER_ERROR', statusCode: 500, timestamp: '2026-05-13T08:30:00Z', requestId: 'req_1' } });
    expect(JSON.stringify(experience)).not.toContain('secret');
  });

  it('never carries the English message for a known code', () => {
    for (const code of LUXXON_ERROR_CODES) {
      const experience = resolveExperience(new LuxxonError({ code, message: 'ENGLISH MESSAGE' }));
      expect(JSON.stringify(experience), code).not.toContain('ENGLISH MESSAGE');
    }
  });
});
