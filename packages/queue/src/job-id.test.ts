import { describe, expect, it } from 'vitest';
import { ingestJobId, sha256Hex } from './job-id.js';

describe('ingestJobId', () => {
  it('gives the same id for the same bytes, whatever buffer holds them', () => {
    const a = new TextEncoder().encode('same article');
    const b = Buffer.from('same article', 'utf8');
    expect(ingestJobId(a)).toBe(ingestJobId(b));
  });

  it('gives different ids for different bytes', () => {
    expect(ingestJobId(Buffer.from('a'))).not.toBe(ingestJobId(Buffer.from('b')));
  });

  it('is a valid BullMQ custom id: no colon, not an integer', () => {
    const id = ingestJobId(Buffer.from('x'));
    expect(id).not.toContain(':');
    expect(`${Number.parseInt(id, 10)}`).not.toBe(id);
    expect(id).toBe(`ingest-${sha256Hex(Buffer.from('x'))}`);
  });
});
