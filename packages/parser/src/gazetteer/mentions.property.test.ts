import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countrySurfaces, demonymSurfaces } from './countries.js';
import { isLetterOrDigitUnit } from '../text/chars.js';
import { findCountryMentions } from './mentions.js';

// The scan walks characters by hand; it must start words exactly where /[\p{L}\p{N}]+/gu does.
function wordStarts(text: string): number[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index);
}

const surfaces = [...countrySurfaces().keys(), ...demonymSurfaces().keys()].slice(0, 400);
const pieces = fc.oneof(
  fc.constantFrom(...surfaces),
  fc.constantFrom(' ', ', ', '-', 'é', 'Ñ', '𝐀', '\uD835', '3', 'the ', "'s", 'x', 'Jordan '),
  fc.string({ maxLength: 4 }),
);

const allSurfaces = [...countrySurfaces().keys(), ...demonymSurfaces().keys()].sort(
  (a, b) => b.length - a.length,
);

// The scan as the doc comment states it, trying every surface at every regex word start.
function naiveStarts(text: string): { start: number; surface: string }[] {
  const out: { start: number; surface: string }[] = [];
  let resumeAt = 0;
  for (const start of wordStarts(text)) {
    if (start < resumeAt) continue;
    const surface = allSurfaces.find(
      (s) => text.startsWith(s, start) && !isLetterOrDigitUnit(text.charCodeAt(start + s.length)),
    );
    if (surface === undefined) continue;
    resumeAt = start + surface.length;
    out.push({ start, surface });
  }
  return out;
}

describe('findCountryMentions (word starts)', () => {
  it('finds the longest surface at every word start, as a naive scan does', () => {
    // Ambiguous names ("Jordan Peterson") may be dropped after the match, so they are left out.
    const plain = (m: { surface: string }): boolean =>
      !/^(?:Jordan|Chad|Georgia|Jersey|Guernsey|Niger|Guinea)$/.test(m.surface);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const found = findCountryMentions(text).map((m) => [m.start, m.surface]);
        const naive = naiveStarts(text)
          .filter(plain)
          .map((m) => [m.start, m.surface]);
        expect(found.filter(([, surface]) => plain({ surface: String(surface) }))).toEqual(naive);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports mentions only where a regex word starts, in order and without overlap', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const starts = new Set(wordStarts(text));
        const found = findCountryMentions(text);
        for (const m of found) expect(starts.has(m.start)).toBe(true);
        for (let i = 1; i < found.length; i++)
          expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
      }),
    );
  });

  it('finds a surface after a non-ASCII letter only when the letter ends a word', () => {
    expect(findCountryMentions('éFrance')).toEqual([]);
    expect(findCountryMentions('é France').map((m) => m.start)).toEqual([2]);
    expect(findCountryMentions('𝐀 France').map((m) => m.start)).toEqual([3]);
  });
});
