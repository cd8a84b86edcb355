import { describe, expect, it } from 'vitest';
import { perMinute } from './queue-status.js';

const minute = 60_000;
const at = (m: number, s = 0): number => m * minute + s * 1000;

describe('perMinute', () => {
  it('counts the open minute, which BullMQ keeps only in meta', () => {
    // 7 jobs so far, the last closed minute had 4: 3 finished since, in minute 100.
    const metrics = { meta: { count: 7, prevTS: at(100, 5), prevCount: 4 }, data: [4] };
    expect(perMinute(metrics, 3, at(100, 40))).toEqual([3, 4, 0]);
  });

  it('puts quiet minutes since the last job in front', () => {
    const metrics = { meta: { count: 7, prevTS: at(100, 5), prevCount: 4 }, data: [4, 1] };
    expect(perMinute(metrics, 5, at(102, 1))).toEqual([0, 0, 3, 4, 1]);
  });

  it('is all zeros before any job finished', () => {
    const metrics = { meta: { count: 0, prevTS: 0, prevCount: 0 }, data: [] };
    expect(perMinute(metrics, 2, at(5))).toEqual([0, 0]);
  });
});
