import { describe, expect, it } from 'vitest';
import { parseCredits } from './credits.js';
import { isHeading } from './headings.js';
import { matchBoilerplate } from './boilerplate.js';
import { splitFirstSentence, splitSentences } from './sentences.js';
import { parseFirstLine } from './first-line.js';
import { parseWireText } from './layout.js';

describe('splitFirstSentence', () => {
  it('splits the headline from the lede at the first sentence end', () => {
    expect(splitFirstSentence('Kyiv says troops clashed. President Zelenskyy said more.')).toEqual({
      first: 'Kyiv says troops clashed.',
      rest: 'President Zelenskyy said more.',
    });
  });

  it('does not split after "U.S." inside a name', () => {
    expect(splitFirstSentence('Pelosi elected as 116th U.S. Congress sworn in').rest).toBeNull();
  });

  it('splits after "U.S." when a sentence opener follows', () => {
    expect(
      splitFirstSentence('China imposes tariffs on the U.S. The move follows talks.').first,
    ).toBe('China imposes tariffs on the U.S.');
  });

  it('does not split after titles, initials or "v."', () => {
    expect(
      splitFirstSentence('Mr. Smith meets John F. Kennedy Jr. in Kelly v. United States').rest,
    ).toBeNull();
  });

  it('keeps a closing quote with the headline', () => {
    expect(splitFirstSentence('Minister: "We will win." Troops advance.').first).toBe(
      'Minister: "We will win."',
    );
  });
});

describe('splitSentences', () => {
  it('gives each sentence with its offset', () => {
    const text = 'One thing happened. Then another. And a third!';
    expect(
      splitSentences(text).map((s) => [s.text, text.slice(s.start, s.start + s.text.length)]),
    ).toEqual([
      ['One thing happened.', 'One thing happened.'],
      ['Then another.', 'Then another.'],
      ['And a third!', 'And a third!'],
    ]);
  });
});

describe('parseFirstLine', () => {
  it('gives a null lede for a title-only line', () => {
    expect(
      parseFirstLine(' date 2019-01-04 Apartment building collapses, dozens dead', 'f'),
    ).toEqual({
      publishedAt: '2019-01-04',
      headline: 'Apartment building collapses, dozens dead',
      lede: null,
    });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseFirstLine(' date 2024-02-29 Leap day', 'f').publishedAt).toBe('2024-02-29');
  });
});

describe('parseCredits', () => {
  it.each([
    ['rc/wmr (dpa,Reuters)', ['rc', 'wmr'], ['dpa', 'Reuters']],
    ['ab/xy (AP, AFP)', ['ab', 'xy'], ['AP', 'AFP']],
    ['(Reuters)', [], ['Reuters']],
    ['jsi/ab (AFP, dpa, Reuters)', ['jsi', 'ab'], ['AFP', 'dpa', 'Reuters']],
  ])('reads %s', (line, authors, agencies) => {
    expect(parseCredits(line)).toEqual({ authors, agencies });
  });

  it('does not read a sentence ending in parentheses as credits', () => {
    expect(
      parseCredits('The group said it would vote against the bill (as expected).'),
    ).toBeUndefined();
  });
});

describe('isHeading', () => {
  it.each(['What we know about the engagement', "G7 and others fear 'dangerous expansion'"])(
    'takes "%s" as a heading',
    (line) => expect(isHeading(line)).toBe(true),
  );

  it.each([
    'The Emergencies Ministry said six deaths were of children.',
    '—Troy Roberts',
    '"We stand ready," he said',
    '((WN)) What got you into cosplay modelling?',
    'My plan is to expand the programme to',
  ])('takes "%s" as no heading', (line) => expect(isHeading(line)).toBe(false));
});

describe('matchBoilerplate', () => {
  it('splits the embed title from the video boilerplate', () => {
    const block =
      'Evidence emerges To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video';
    expect(matchBoilerplate(block)).toMatchObject({ kind: 'VIDEO', title: 'Evidence emerges' });
  });

  it('gives a null title when the boilerplate stands alone', () => {
    const block =
      'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video';
    expect(matchBoilerplate(block)?.title).toBeNull();
  });

  it('leaves ordinary paragraphs alone', () => {
    expect(matchBoilerplate('Officials said the video was authentic.')).toBeUndefined();
  });
});

describe('parseWireText', () => {
  const text = [
    ' date 2019-05-01 Fans gather at convention',
    'Thousands of fans came to the convention centre on Saturday for the yearly event.',
    'Anna from Frozen',
    'Rocket Raccoon',
    'File:Crowd at the convention (cropped).jpg',
    'Programme',
    'The organisers said the next edition would take place in the same venue next spring.',
    '(AP)',
  ].join('\n\n');
  const layout = parseWireText(text, 'f.txt');

  it('turns stacked captions and image files into IMAGE embeds', () => {
    expect(layout.embeds).toEqual([
      { kind: 'IMAGE', title: 'Anna from Frozen' },
      { kind: 'IMAGE', title: 'Rocket Raccoon' },
      { kind: 'IMAGE', title: 'File:Crowd at the convention (cropped).jpg' },
    ]);
  });

  it('keeps a heading that has paragraphs under it', () => {
    expect(layout.sections.map((s) => [s.heading, s.paragraphs.map((p) => p.index)])).toEqual([
      [null, [0]],
      ['Programme', [1]],
    ]);
  });

  it('reads the last line as credits', () => {
    expect(layout.credits).toEqual({ authors: [], agencies: ['AP'] });
  });
});
