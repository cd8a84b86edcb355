import { describe, expect, it } from 'vitest';
import { ingestJobId, jobIdForItem, sha256Hex } from './job-id.js';

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

describe('jobIdForItem', () => {
  const hash = sha256Hex(Buffer.from('item body'));

  it('is the same for the same guid and content, whichever feed carries it', () => {
    expect(jobIdForItem('urn:a', hash)).toBe(jobIdForItem('urn:a', hash));
  });

  it('changes when the content under the same guid changes, or the guid does', () => {
    expect(jobIdForItem('urn:a', hash)).not.toBe(
      jobIdForItem('urn:a', sha256Hex(Buffer.from('x'))),
    );
    expect(jobIdForItem('urn:a', hash)).not.toBe(jobIdForItem('urn:b', hash));
  });

  it('is a valid BullMQ custom id even when the guid holds colons', () => {
    expect(jobIdForItem('https://example.org/a:b', hash)).not.toContain(':');
  });
});
