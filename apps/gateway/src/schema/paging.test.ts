import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { articleIdFrom, pageRequest } from './paging.js';

describe('pageRequest', () => {
  it('defaults to 20 rows', () => {
    expect(pageRequest({})).toEqual({ first: 20, after: null, orderBy: null });
  });

  it('refuses backward paging', () => {
    expect(() => pageRequest({ last: 5 })).toThrow(/forward paging/);
  });
});

describe('articleIdFrom', () => {
  it('takes an article id as it is', () => {
    expect(articleIdFrom('art_0123456789abcdef0123')).toBe('art_0123456789abcdef0123');
  });

  it('unwraps a global Article id', () => {
    expect(articleIdFrom(encodeGlobalID('Article', 'art_42'))).toBe('art_42');
  });

  it('does not unwrap the global id of another type', () => {
    const statementId = encodeGlobalID('Statement', 'art_42:s0');
    expect(articleIdFrom(statementId)).toBe(statementId);
  });
});
