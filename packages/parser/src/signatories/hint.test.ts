import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../wire-text/sentences.js';
import {
  documentNouns,
  envoyNouns,
  jointActVerbs,
  membershipPhrases,
  signingVerbs,
} from './cues.js';
import { mayHoldList } from './hints.js';
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
  'Group of Seven',
  'the European Union',
  'EU',
  'communiqué',
  'according to',
  'resigned',
  'planned',
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

describe('mayHoldList', () => {
  it('lets no sentence with a list pass unseen', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 14 }), (parts) => {
        const text = parts.join(' ');
        if (mayHoldList(text)) return;
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

  it('fails on every sentence of a paragraph it fails on', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words, ...joiners), { minLength: 1, maxLength: 10 }), {
          minLength: 1,
          maxLength: 4,
        }),
        (sentences) => {
          const paragraph = sentences.map((parts) => `${parts.join(' ')}.`).join(' ');
          if (mayHoldList(paragraph)) return;
          for (const sentence of splitSentences(paragraph))
            expect(mayHoldList(sentence.text)).toBe(false);
        },
      ),
    );
  });

  it('lets every cue word through, in any case and spacing, but not inside a longer word', () => {
    const cues = [
      ...signingVerbs,
      ...jointActVerbs,
      ...membershipPhrases,
      ...documentNouns,
      ...envoyNouns,
    ];
    const forms = cues.flatMap((w) => [w, w.toUpperCase(), w.replace(/ /g, '\n  ')]);
    expect(forms.filter((w) => !mayHoldList(`France and Germany ${w}.`))).toEqual([]);
    expect(mayHoldList('France and Germany, according to the plans.')).toBe(false);
  });

  it('still finds a plain list', () => {
    expect(listsInSentence('France, Germany and Italy signed the treaty.')).toHaveLength(1);
  });
});
