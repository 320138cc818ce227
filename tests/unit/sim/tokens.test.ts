import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REFRESH_GRACE_MS, TokenStore, mintTokenText, type TokenSession } from '../../sim/auth/tokens';

const session: TokenSession = { participantUuid: 'p1', roomAlias: 'meet.alice', joinedVia: 'meet.alice' };

describe('TokenStore', () => {
  let lapsed: TokenSession[];
  let store: TokenStore;

  beforeEach(() => {
    vi.useFakeTimers();
    lapsed = [];
    store = new TokenStore({ lifetimeSeconds: 120, onLapse: (s) => lapsed.push(s) });
  });

  afterEach(() => {
    store.clear();
    vi.useRealTimers();
  });

  it('accepts a token until it expires, then lapses the session', () => {
    const token = store.issue(session);
    vi.advanceTimersByTime(119_000);
    expect(store.lookup(token)).toEqual(session);
    vi.advanceTimersByTime(1_000);
    expect(store.lookup(token)).toBeUndefined();
    expect(lapsed).toEqual([session]);
  });

  it('issues a new token on refresh and keeps the old one only for the grace period', () => {
    const old = store.issue(session);
    vi.advanceTimersByTime(60_000);
    const fresh = store.refresh(old);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(old);
    vi.advanceTimersByTime(REFRESH_GRACE_MS - 1);
    expect(store.lookup(old)).toEqual(session);
    vi.advanceTimersByTime(1);
    expect(store.lookup(old)).toBeUndefined();
    // The refreshed token runs its full lifetime from the refresh, so the session has not lapsed.
    vi.advanceTimersByTime(100_000);
    expect(store.lookup(fresh)).toEqual(session);
    expect(lapsed).toEqual([]);
  });

  it('refuses to refresh an unknown token', () => {
    expect(store.refresh('nope')).toBeUndefined();
    expect(store.refresh(undefined)).toBeUndefined();
  });

  it('revokes every token of a participant without lapsing it', () => {
    const first = store.issue(session);
    const second = store.refresh(first);
    store.revoke('p1');
    expect(store.lookup(first)).toBeUndefined();
    expect(store.lookup(second)).toBeUndefined();
    vi.advanceTimersByTime(200_000);
    expect(lapsed).toEqual([]);
  });

  it('issues URL-safe base64 tokens by default, refreshed ones too, and standard base64 when the session asks', () => {
    const issued = Array.from({ length: 50 }, () => store.issue(session));
    issued.push(store.refresh(issued[0]) ?? '');
    for (const token of issued) expect(token).toMatch(/^[A-Za-z0-9_-]{66}==$/);
    const standard = { ...session, participantUuid: 'p2', tokenAlphabet: 'standard' as const };
    const plain = Array.from({ length: 50 }, () => store.issue(standard));
    for (const token of plain) expect(token).toMatch(/^[A-Za-z0-9+/]{66}==$/);
    // 50 standard tokens without one '+' or '/' would happen about once in 10^46 runs.
    expect(plain.some((token) => /[+/]/.test(token))).toBe(true);
    expect(store.lookup(store.refresh(plain[0]) ?? '')).toEqual(standard);
  });
});

describe('mintTokenText', () => {
  it('never puts "+" or "/" into a URL-safe token', () => {
    for (let i = 0; i < 200; i += 1) expect(mintTokenText()).not.toMatch(/[+/]/);
  });
});
