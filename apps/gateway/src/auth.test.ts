import { describe, expect, it } from 'vitest';
import { createKeyChecker, createKeyStatus, presentedKey } from './auth.js';

describe('presentedKey', () => {
  it('reads a bearer token', () => {
    expect(presentedKey(new Headers({ authorization: 'Bearer k1' }))).toBe('k1');
  });

  it('reads an X-API-Key header', () => {
    expect(presentedKey(new Headers({ 'x-api-key': 'k2' }))).toBe('k2');
  });
});

describe('createKeyChecker', () => {
  it('accepts a configured key and refuses others', () => {
    const check = createKeyChecker(['alpha', 'beta']);
    expect([check('beta'), check('gamma'), check(null)]).toEqual([true, false, false]);
  });

  it('refuses everything when no key is configured', () => {
    expect(createKeyChecker([])('')).toBe(false);
  });
});

describe('createKeyStatus', () => {
  const status = createKeyStatus(['alpha']);

  it('tells a missing key from a wrong one', () => {
    expect([
      status(new Headers()),
      status(new Headers({ authorization: 'Bearer alpha' })),
      status(new Headers({ 'x-api-key': 'beta' })),
    ]).toEqual(['none', 'valid', 'invalid']);
  });
});
