import { describe, expect, it } from 'vitest';
import { extractStatements } from './extract.js';

function run(...paragraphs: string[]) {
  return extractStatements({
    headline: 'Headline',
    lede: null,
    paragraphs: paragraphs.map((text, index) => ({ index, text })),
  });
}

const pick = (s: ReturnType<typeof run>[number]) => ({
  kind: s.kind,
  quote: s.quote,
  speaker: s.speaker?.name ?? null,
  cue: s.cue,
});

describe('quote marks', () => {
  const styles: [string, string][] = [
    ['straight', '"We will rebuild the bridge," Mayor Anna Berg said.'],
    ['curly', '“We will rebuild the bridge,” Mayor Anna Berg said.'],
    ['guillemets', '«We will rebuild the bridge,» Mayor Anna Berg said.'],
    ['low-high', '„We will rebuild the bridge,“ Mayor Anna Berg said.'],
    ['doubled apostrophes', "''We will rebuild the bridge,'' Mayor Anna Berg said."],
  ];
  it.each(styles)('reads a %s quote as DIRECT', (_name, text) => {
    expect(run(text).map(pick)).toEqual([
      { kind: 'DIRECT', quote: 'We will rebuild the bridge,', speaker: 'Anna Berg', cue: 'said' },
    ]);
  });

  it('keeps single quotes nested in a double quote inside the one statement', () => {
    const out = run('"They called it \'a disaster\' and left," Anna Berg said.');
    expect(out.map((s) => s.quote)).toEqual(["They called it 'a disaster' and left,"]);
  });
});

describe('placements', () => {
  it('reads "X said: quote"', () => {
    const [s] = run('Police chief Tom Hale said: "The road stays closed until Monday."');
    expect(s).toMatchObject({
      kind: 'DIRECT',
      cue: 'said',
      speakerMention: 'Police chief Tom Hale',
    });
    expect(s?.speaker?.name).toBe('Tom Hale');
  });

  it('reads an inverted attribution with an apposition as the role', () => {
    const [s] = run('"The road stays closed," said Tom Hale, the police chief.');
    expect(s?.speaker).toMatchObject({ name: 'Tom Hale', role: 'police chief' });
  });

  it('splits an interrupted quote into two DIRECT statements by the same speaker', () => {
    const out = run('"We tried," Anna Berg said, "but the river rose too fast."');
    expect(out.map(pick)).toEqual([
      { kind: 'DIRECT', quote: 'We tried,', speaker: 'Anna Berg', cue: 'said' },
      { kind: 'DIRECT', quote: 'but the river rose too fast.', speaker: 'Anna Berg', cue: 'said' },
    ]);
  });

  it('gives a floating quote the previous speaker and no mention', () => {
    const out = run('"We tried," Anna Berg said. "Nobody expected this."');
    expect(out[1]).toMatchObject({
      kind: 'DIRECT',
      quote: 'Nobody expected this.',
      speakerMention: null,
      speakerResolution: 'PREVIOUS_SPEAKER',
    });
    expect(out[1]?.speaker?.name).toBe('Anna Berg');
  });

  it('gives one entry per paragraph to a quote running over paragraphs', () => {
    const out = run(
      'Anna Berg said: "The water came at night.',
      '"By morning the bridge was gone."',
    );
    expect(out.map((s) => [s.paragraphIndex, s.quote, s.speaker?.name])).toEqual([
      [0, 'The water came at night.', 'Anna Berg'],
      [1, 'By morning the bridge was gone.', 'Anna Berg'],
    ]);
  });

  it('reads a long quote after a comma as what the sentence subject said', () => {
    const [s] = run(
      'Mick Jagger also reacted on Twitter, "Sad news, he was a fiery and talented drummer."',
    );
    expect(s).toMatchObject({ kind: 'DIRECT', cue: 'reacted' });
    expect(s?.speaker?.name).toBe('Mick Jagger');
  });

  it('continues an indirect attribution into the floating quote after it', () => {
    const out = run(
      'Artist Jenn Kay said she had left her job. "In my first year, I had no work."',
    );
    expect(out.at(-1)).toMatchObject({ kind: 'DIRECT', speakerResolution: 'PREVIOUS_SPEAKER' });
    expect(out.at(-1)?.speaker?.name).toBe('Jenn Kay');
  });

  it('reads a quoted fragment inside a paraphrase as PARTIAL', () => {
    const [s] = run('Anna Berg said the flood was "the worst in a century" for the town.');
    expect(s).toMatchObject({ kind: 'PARTIAL', quote: 'the worst in a century', cue: 'said' });
  });

  it('ignores scare quotes and titles with no speech act', () => {
    expect(run('The film "River Town" opened in May to large crowds.')).toEqual([]);
  });
});

describe('indirect speech', () => {
  it('reads "X said (that) clause" without the "that"', () => {
    const out = run('The Interior Ministry said that three people died in the flood.');
    expect(out.map(pick)).toEqual([
      {
        kind: 'INDIRECT',
        quote: 'three people died in the flood',
        speaker: 'Interior Ministry',
        cue: 'said',
      },
    ]);
  });

  it('reads "clause, X said"', () => {
    const [s] = run('The bridge will reopen next year, town officials said.');
    expect(s).toMatchObject({ kind: 'INDIRECT', quote: 'The bridge will reopen next year' });
    expect(s?.speaker).toMatchObject({ name: 'town officials', kind: 'UNNAMED' });
  });

  it('reads "According to X, clause"', () => {
    const [s] = run('According to the Red Cross, 400 families have been evacuated.');
    expect(s).toMatchObject({ kind: 'INDIRECT', cue: 'According to' });
    expect(s?.quote).toBe('400 families have been evacuated');
  });

  it('reads "In her view, clause" with the possessive as the source', () => {
    const out = run('Anna Berg spoke on Monday. In her view, the plan would fail.');
    expect(out.map(pick)).toEqual([
      { kind: 'INDIRECT', quote: 'the plan would fail', speaker: 'Anna Berg', cue: 'In her view' },
    ]);
  });

  it('leaves a person apposition after "According to X" out of the content', () => {
    const [s] = run(
      'According to Lee Park, a spokesman for the ministry, the bridge will reopen in May.',
    );
    expect(s?.speaker).toMatchObject({ name: 'Lee Park', role: 'spokesman for the ministry' });
    expect(s?.quote).toBe('the bridge will reopen in May');
  });

  it('keeps a described subject named after it in the content of "According to X"', () => {
    const out = run(
      'According to the agency, the prosecutor general of the city, Ali Mehr, said the men must face charges.',
    );
    expect(out.map((s) => s.quote)).not.toContain('Ali Mehr');
  });

  it('takes the author of a document after "according to"', () => {
    const [s] = run('According to a statement by Mayor Anna Berg, the bridge will reopen in May.');
    expect(s?.speaker?.name).toBe('Anna Berg');
    expect(s?.quote).toBe('the bridge will reopen in May');
  });

  it('keeps only the inner report when a source is apposed inside another report', () => {
    const out = run(
      'Reuters reported on Monday a government source, whom they did not name, said the ban is not part of a broader plan.',
    );
    expect(out.map(pick)).toEqual([
      {
        kind: 'INDIRECT',
        quote: 'the ban is not part of a broader plan',
        speaker: 'a government source',
        cue: 'said',
      },
    ]);
  });

  it('does not take a noun-phrase object for reported content', () => {
    expect(run('The council announced its selection of a new architect.')).toEqual([]);
  });

  it('does not report speech that has no source', () => {
    expect(run('It was reported that the dam had cracked.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('resolves a pronoun to the fullest form of the name', () => {
    const out = run('Mayor Anna Berg visited the site on Monday.', '"We will rebuild," she said.');
    expect(out[0]).toMatchObject({ speakerMention: 'she', speakerResolution: 'PRONOUN' });
    expect(out[0]?.speaker).toMatchObject({ name: 'Anna Berg', role: 'Mayor' });
  });

  it('resolves a role noun through the role the article gives', () => {
    const out = run(
      'President Anna Berg visited the site.',
      'The president said that the town would be rebuilt.',
    );
    expect(out[0]).toMatchObject({
      speakerMention: 'The president',
      speakerResolution: 'ROLE_NOUN',
    });
    expect(out[0]?.speaker?.name).toBe('Anna Berg');
  });

  it("turns a demonym before a title into the role's country", () => {
    const [s] = run('Ukrainian President Volodymyr Zelenskyy said the talks "went well".');
    expect(s?.speaker).toMatchObject({ name: 'Volodymyr Zelenskyy', role: 'President of Ukraine' });
  });

  it('takes the name from an apposition chain and the role from its description', () => {
    const [s] = run(
      'Anderson Cooper, of CNN, one of her four sons, stated, "She was an extraordinary woman."',
    );
    expect(s?.speaker).toMatchObject({ name: 'Anderson Cooper', role: 'one of her four sons' });
  });

  it('does not read a place as a person when resolving "he"', () => {
    const out = run(
      'Turkish President Recep Erdogan spoke about the Eastern Mediterranean on Monday.',
      '"We are ready," he said.',
    );
    expect(out[0]?.speaker?.name).toBe('Recep Erdogan');
  });

  it('finds the channel', () => {
    const [s] = run('"We are ready," the minister said in a statement.');
    expect(s?.channel).toBe('in a statement');
  });
});

describe('robustness', () => {
  it('never throws on malformed input', () => {
    const bad = { headline: 1, lede: 5, paragraphs: [null, { index: 0, text: '"' }] } as never;
    expect(() => extractStatements(bad)).not.toThrow();
  });
});
