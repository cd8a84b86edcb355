import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, likeContains, pageSize, toPage } from './page.js';

describe('cursors', () => {
  it('decode what they encode', () => {
    expect(decodeCursor(encodeCursor(['2024-11-06T00:00:00.000Z', 'a1', 3]), 3)).toEqual([
      '2024-11-06T00:00:00.000Z',
      'a1',
      3,
    ]);
  });

  it('reject a cursor of another shape', () => {
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(
      expect.objectContaining({ code: 'INVALID_CURSOR' }),
    );
  });
});

describe('pageSize', () => {
  it('rejects more than 1000 rows', () => {
    expect(() => pageSize({ first: 1001 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('toPage', () => {
  it('uses the extra row only to say there is a next page', () => {
    const page = toPage(
      [1, 2, 3],
      2,
      (n) => n * 10,
      (n) => [n],
    );
    expect(page.items).toEqual([10, 20]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor ?? '', 1)).toEqual([2]);
  });
});

describe('likeContains', () => {
  it('escapes LIKE wildcards', () => {
    expect(likeContains('50%_off')).toBe('%50\\%\\_off%');
  });
});
