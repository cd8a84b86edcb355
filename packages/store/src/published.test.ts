import { describe, expect, it } from 'vitest';
import { publishedInstant, publishedUpperBound } from './published.js';

describe('publishedInstant', () => {
  it('reads a bare date as midnight UTC', () => {
    expect(publishedInstant('2024-11-06')?.toISOString()).toBe('2024-11-06T00:00:00.000Z');
  });

  it('reads a date-time with its offset', () => {
    expect(publishedInstant('2024-11-06T09:30:00+02:00')?.toISOString()).toBe(
      '2024-11-06T07:30:00.000Z',
    );
  });

  it('gives null for text that is not a date', () => {
    expect(publishedInstant('yesterday')).toBeNull();
  });
});

describe('publishedUpperBound', () => {
  it('makes a bare end date include its whole day', () => {
    expect(publishedUpperBound('2024-11-06')?.toISOString()).toBe('2024-11-07T00:00:00.000Z');
  });
});
