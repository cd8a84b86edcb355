/**
 * The offsets contract, for tests: a statement's quote is the text at its offsets, except an
 * INDIRECT quote whose attribution interrupted it (ANNOTATION.md rule 10), whose offsets span
 * the whole and whose quote is that span's start and end with the attribution taken out.
 */
import { expect } from 'vitest';
import type { StatementDraft } from '../src/statements/draft.js';

export function expectAtOffsets(text: string, s: StatementDraft): void {
  const span = text.slice(s.charStart, s.charEnd);
  if (span === s.quote) return;
  expect(s.kind).toBe('INDIRECT');
  const words = s.quote.split(' ');
  expect(span.startsWith(words.slice(0, 2).join(' '))).toBe(true);
  expect(span.endsWith(words.slice(-2).join(' '))).toBe(true);
  expect(span.length).toBeGreaterThan(s.quote.length);
}
