import { describe, expect, it } from 'vitest';
import { EXPERIENCE_KINDS } from '../experience/ExperienceKind';
import { LuxxonError } from '../errors/LuxxonError';
import { resolveExperience } from '../experience/resolveExperience';
import { describeScreen } from './describeScreen';
import type { ScreenSettings, ScreenState } from './ScreenModel';

const error = (code: string, init: Partial<ConstructorParameters<typeof LuxxonError>[0]> = {}) =>
  new LuxxonError({ statusCode: 400, code, message: `${code} message`, detail: 'SECRET-DETAIL', timestamp: '2026-05-13T10:30:00.000Z', ...init });
const idle: ScreenState = { phase: 'counting', secondsLeft: 3, signIn: 'idle', offline: false };
const none: ScreenSettings = { canReauthenticate: false, canShortenDuration: false };
const all: ScreenSettings = { topUpUrl: '/billing', supportUrl: '/help', homeUrl: '/home', loginUrl: '/login', canReauthenticate: false, canShortenDuration: true };
const describe_ = (code: string, state: Partial<ScreenState> = {}, settings: ScreenSettings = none) =>
  describeScreen(resolveExperience(error(code)), { ...idle, ...state }, settings);
/** The actions as `id:rank[:link href][:new tab]`, in order. */
const actions = (code: string, state?: Partial<ScreenState>, settings?: ScreenSettings) =>
  describe_(code, state, settings).actions.map((a) => [a.id, a.rank, a.kind === 'link' ? a.href : '', a.opensNewTab ? 'new tab' : ''].filter(Boolean).join(':'));

describe('describeScreen', () => {
  it.each([
    ['INSUFFICIENT_CREDIT', none, ['toppedUp:secondary']],
    ['INSUFFICIENT_CREDIT', all, ['topUp:primary:/billing:new tab', 'toppedUp:secondary', 'shortenDuration:tertiary']],
    ['NO_CREDIT', all, ['topUp:primary:/billing:new tab', 'toppedUp:secondary']],
    ['NOT_AUTHENTICATED', none, ['signIn:primary']],
    ['NOT_AUTHENTICATED', all, ['signIn:primary:/login']],
    ['NOT_AUTHENTICATED', { ...all, canReauthenticate: true }, ['signIn:primary']],
    ['NOT_AUTHORIZED', none, ['retry:primary']],
    ['NOT_AUTHORIZED', all, ['contactSupport:primary:/help:new tab', 'retry:secondary']],
    ['NOT_AUTHORIZED', { ...all, canReauthenticate: true }, ['switchAccount:primary', 'retry:secondary', 'contactSupport:tertiary:/help:new tab']],
    ['INVALID_INPUT', all, ['retry:primary']],
    ['CONFLICT', all, ['refresh:primary']],
    ['NOT_FOUND', none, ['retry:primary']],
    ['NOT_FOUND', all, ['goHome:primary:/home', 'retry:secondary']],
    ['CHUNK_LOAD_ERROR', all, ['reload:primary']],
    ['INTERNAL_SERVER_ERROR', none, ['retry:primary']],
    ['PLAN_EXPIRED', all, ['retry:primary', 'contactSupport:secondary:/help:new tab']],
    ['NO_COVERAGE', all, ['checkNow:primary', 'stopWaiting:tertiary']],
  ] as const)('%s with %o offers %o', (code, settings, expected) => {
    expect(actions(code, {}, settings)).toEqual(expected);
  });

  it('links only safe URLs', () => {
    const unsafe = { ...all, topUpUrl: 'javascript:alert(1)', supportUrl: '//evil.example', homeUrl: 'data:text/html,x', loginUrl: 'javascript:x' };
    for (const code of ['NO_CREDIT', 'NOT_AUTHORIZED', 'NOT_FOUND', 'NOT_AUTHENTICATED', 'INTERNAL_SERVER_ERROR']) {
      expect(describe_(code, {}, unsafe).actions.every((a) => a.kind === 'button'), code).toBe(true);
    }
  });

  it('the sign-in link carries the page as returnTo once the page is known', () => {
    const here = { href: 'https://app.example/live/42?zone=3', origin: 'https://app.example' };
    const [signIn] = describe_('NOT_AUTHENTICATED', {}, { ...all, location: here }).actions;
    expect(signIn).toMatchObject({ kind: 'link', opensNewTab: false });
    expect(signIn?.href).toBe('/login?returnTo=%2Flive%2F42%3Fzone%3D3');
  });

  it('waiting: a polite status whose note follows the shared countdown', () => {
    const counting = describe_('NO_COVERAGE', { secondsLeft: 4 });
    expect(counting).toMatchObject({ kind: 'waiting', role: 'status', tone: 'info' });
    expect(counting.note).toMatchObject({ reason: 'counting', key: 'waiting.countdown', count: 4, live: 'off', spinner: false });
    const checking = describe_('NO_COVERAGE', { phase: 'checking' });
    expect(checking.note).toMatchObject({ reason: 'checking', key: 'waiting.checking', live: 'polite', spinner: true });
    expect(checking.actions[0]).toMatchObject({ id: 'checkNow', disabled: true });
    expect(describe_('NO_COVERAGE', { phase: 'paused' }).note?.key).toBe('waiting.paused');
    expect(actions('NO_COVERAGE', { phase: 'stopped' })).toEqual(['retry:primary']);
  });

  it('offline, NETWORK_ERROR says so; other waiting codes keep their text', () => {
    expect(describe_('NETWORK_ERROR', { phase: 'offline', offline: true }).text.title).toEqual(['offline.title']);
    expect(describe_('NO_COVERAGE', { phase: 'offline', offline: true }).text.title[0]).toBe('code.NO_COVERAGE.title');
    expect(describe_('NETWORK_ERROR', { phase: 'offline', offline: true }).actions[0]).toMatchObject({ id: 'checkNow', disabled: true });
  });

  it('the page\'s sign-in: busy while pending, a note when it failed or stalls', () => {
    const settings = { ...none, canReauthenticate: true };
    for (const code of ['NOT_AUTHENTICATED', 'NOT_AUTHORIZED']) {
      expect(describe_(code, { signIn: 'pending' }, settings).actions[0]).toMatchObject({ busy: true, busyLabelKey: 'reLogin.pending' });
      expect(describe_(code, { signIn: 'idle' }, settings).actions[0]).toMatchObject({ busy: false, busyLabelKey: 'reLogin.pending' });
      expect(describe_(code, { signIn: 'failed' }, settings).note).toMatchObject({ reason: 'sign-in-failed', tone: 'error', action: undefined });
      expect(describe_(code, { signIn: 'stalled' }, settings).note?.action).toMatchObject({ id: 'cancelSignIn', labelKey: 'action.cancelSignIn' });
      expect(describe_(code, { signIn: 'idle' }, settings).note).toBeUndefined();
    }
  });

  it('support reference and the server message only where they belong, and never detail', () => {
    const generic = describe_('PLAN_EXPIRED');
    expect(generic.support).toMatchObject({ code: 'PLAN_EXPIRED', timestamp: '2026-05-13T10:30:00.000Z' });
    expect(generic.serverMessage).toEqual({ labelKey: 'serverMessage', text: 'PLAN_EXPIRED message', lang: 'en' });
    expect(describe_('INTERNAL_SERVER_ERROR').serverMessage).toBeUndefined();
    expect(describe_('INTERNAL_SERVER_ERROR').support?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(describe_('NO_CREDIT').support).toBeUndefined();
    for (const code of ['PLAN_EXPIRED', 'INTERNAL_SERVER_ERROR', 'NO_COVERAGE', 'NOT_AUTHENTICATED']) expect(JSON.stringify(describe_(code))).not.toContain('SECRET-DETAIL');
  });

  it('gives every kind a tone, a role, labels from the kit\'s keys and one primary action at most', () => {
    const codes = { 'top-up': 'NO_CREDIT', 're-login': 'NOT_AUTHENTICATED', waiting: 'UNAVAILABLE', permission: 'NOT_OPERATOR', 'fix-request': 'OUTSIDE_COVERAGE', 'out-of-date': 'INVALID_STATE', 'not-found': 'ACCOUNT_NOT_FOUND', 'service-down': 'DATABASE_ERROR', reload: 'CHUNK_LOAD_ERROR', generic: 'UNKNOWN' } as const;
    for (const kind of EXPERIENCE_KINDS) {
      const screen = describe_(codes[kind], {}, all);
      expect(screen.kind).toBe(kind);
      expect(screen.role).toBe(kind === 'waiting' ? 'status' : 'alert');
      expect(['critical', 'warning', 'info', 'neutral']).toContain(screen.tone);
      expect(screen.actions.filter((a) => a.primary)).toHaveLength(1);
      for (const a of screen.actions) expect(a.labelKey).toMatch(/^action\.[a-zA-Z]+$/);
    }
  });
});
