import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listHint } from './patterns.js';
import { listsInSentence, scanSentence } from './rules.js';

// Parties, cues and fillers of list sentences, with none of the words the shortcut looks for.
const words = [
  'France',
  'Germany',
  'the United Kingdom',
  'Joe Biden',
  'Emmanuel Macron',
  'NATO',
  'the G7',
  'Greek',
  'Cypriot',
  'Ukrainian',
  'signed',
  'issued a joint statement',
  'a statement by',
  'an agreement between',
  'deal between',
  'members',
  'counterparts',
  'foreign ministers',
  'jointly signed the accord',
  'joined',
  'backed the treaty',
  'his',
  'their',
  'including',
  'on Monday',
  ',',
  '.',
];
const joiners = ['and', '&', 'with', '-', '–', '/', 'alongside', 'joined by', 'as well as'];

describe('listHint', () => {
  it('lets no sentence with a list pass unseen', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 14 }), (parts) => {
        const text = parts.join(' ');
        if (listHint.test(text)) return;
        expect(scanSentence(text)).toEqual([]);
      }),
    );
  });

  it('matches the sentences that do hold lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words, ...joiners), { minLength: 2, maxLength: 14 }),
        (parts) => {
          const text = parts.join(' ');
          expect(listsInSentence(text)).toEqual(scanSentence(text));
        },
      ),
    );
  });

  it('still finds a plain list', () => {
    expect(listsInSentence('France, Germany and Italy signed the treaty.')).toHaveLength(1);
  });
});
