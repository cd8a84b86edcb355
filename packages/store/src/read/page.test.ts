import { describe, expect, it } from 'vitest';
import { cursorOrder, decodeCursor, encodeCursor, likeContains, pageSize, toPage } from './page.js';

describe('cursors', () => {
  const newest = cursorOrder('articles', 'NEWEST_FIRST');

  it('decode what they encode', () => {
    const cursor = encodeCursor(newest, ['2024-11-06T00:00:00.000Z', 'a1', 3]);
    expect(decodeCursor(cursor, newest, 3)).toEqual(['2024-11-06T00:00:00.000Z', 'a1', 3]);
  });

  it('reject a cursor of another shape', () => {
    expect(() => decodeCursor(encodeCursor(newest, ['a']), newest, 2)).toThrow(
      expect.objectContaining({ code: 'INVALID_CURSOR' }),
    );
    expect(() => decodeCursor('bm90IGpzb24', newest, 1)).toThrow(/Invalid cursor/);
  });

  it('reject a cursor of another order, naming the order it came from', () => {
    const oldest = encodeCursor(cursorOrder('articles', 'OLDEST_FIRST'), ['2024-01-01', 'a1']);
    expect(() => decodeCursor(oldest, newest, 2)).toThrow(
      /continues articles OLDEST_FIRST, not articles NEWEST_FIRST/,
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
      'numbers ASC',
      (n) => [n],
    );
    expect(page.items).toEqual([10, 20]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor ?? '', 'numbers ASC', 1)).toEqual([2]);
  });
});

describe('likeContains', () => {
  it('escapes LIKE wildcards', () => {
    expect(likeContains('50%_off')).toBe('%50\\%\\_off%');
  });
});
