import { describe, expect, it } from 'vitest';
import { extractStatements } from './extract.js';

function run(...paragraphs: string[]) {
  return extractStatements({
    headline: 'Headline',
    lede: null,
    paragraphs: paragraphs.map((text, index) => ({ index, text })),
  });
}

const speakerOf = (out: ReturnType<typeof run>, quote: string): string | null | undefined =>
  out.find((s) => s.quote === quote)?.speaker?.name;

describe('phrases that cannot be a speaker', () => {
  it('keeps a clock time out of the subject', () => {
    const out = run(
      'The driver vanished on Sunday. At 6:40 p.m. his brother told the police the car "had been left running" near the bridge.',
    );
    expect(speakerOf(out, 'had been left running')).toBe('his brother');
  });

  it('reads a phrase ending in a preposition as a clause, not a subject', () => {
    const out = run(
      'The October border demarcation resulted in overlapping exclusive economic zone (EEZ) claims and would make the planned NordLink power cable cross Danish waters. They concluded that the deal is "null and void".',
    );
    expect(out.map((s) => s.speaker?.name)).toEqual([]);
  });

  it('reads a pronoun after other words as a fragment, not a name', () => {
    const out = run(
      '((WN)) What did the board tell you?',
      '((Lena Berg)) Oh, this one I did say in my keynote talk; I\'m going to use that. So they had questions like "Why do you even play?"',
    );
    expect(out.map((s) => s.speaker?.name)).not.toContain('this one I');
  });
});

describe('documents and posts', () => {
  it('gives a possessive post with modifiers to its owner', () => {
    const out = run(
      'The singer Maya Lund died on Friday. Her last Facebook video post showed her garden with "see you soon" written across it.',
    );
    expect(speakerOf(out, 'see you soon')).toBe('Maya Lund');
  });
});

describe('participles', () => {
  it('never takes the noun phrase after a participle as its subject', () => {
    const out = run(
      'Residents, carrying banners asking the council to reopen the library, gathered outside the town hall on Monday.',
    );
    const asked = out.find((s) => s.cue === 'asking');
    expect(asked?.speaker?.name).toBe('Residents');
  });

  it('reports nothing when a participle describes a plural noun that names no source', () => {
    const out = run(
      'The senator vowed to keep fighting "the good fight" with court cases challenging the election results in swing states.',
    );
    expect(out.map((s) => s.cue)).not.toContain('challenging');
  });

  // A guard: "Holt of" ends in a preposition, which must not make it a fragment.
  it('gives "accused X of claiming" to X', () => {
    const out = run('Mayor Ann Kerr accused Tom Holt of falsely claiming the bridge was safe.');
    expect(speakerOf(out, 'the bridge was safe')).toBe('Tom Holt');
  });
});

describe('plural sources', () => {
  it('resolves "they" to the plural subject of the sentence before', () => {
    const out = run(
      'A delegation of five union leaders in Oslo rejected the offer on Monday. They said the proposal was "an insult to every nurse".',
    );
    expect(speakerOf(out, 'an insult to every nurse')).toBe(
      'delegation of five union leaders in Oslo',
    );
  });

  it('does not resolve "the ministers" to the plural noun phrase it stands in', () => {
    const out = run(
      'The foreign ministers of the Group of Seven (G7) said in a statement that the talks must go on.',
      'The ministers condemned "in the clearest terms" the attack on the convoy.',
    );
    expect(speakerOf(out, 'in the clearest terms')).toBe('foreign ministers of the G7');
  });

  it('keeps "the police" apart from an earlier singular unnamed source', () => {
    const out = run(
      "The farmer's daughter said her father had not come home. Later the police said they were searching the hills.",
    );
    expect(speakerOf(out, 'they were searching the hills')).toBe('police');
  });
});

describe('role nouns and cue nouns', () => {
  it('reads "the president" as the sitting president, not the president-elect', () => {
    const out = run(
      'US President Tom Hale met President-elect Ann Rowe on Monday. The president vowed to keep fighting "the good fight" in the courts.',
    );
    expect(speakerOf(out, 'the good fight')).toBe('Tom Hale');
  });

  it('reads a speech noun after a possessive as a noun, not the cue of a quote', () => {
    const out = run(
      'Former governor Lee Moran, who denounced the campaign team\'s claims as a "national disgrace", spoke on Friday.',
      'Senator Ann Holt denounced the campaign lawyers\' claims as "pure fiction" on Sunday.',
    );
    expect(speakerOf(out, 'national disgrace')).toBe('Lee Moran');
    expect(speakerOf(out, 'pure fiction')).toBe('Ann Holt');
  });

  it('reads "He\'s said" as a pronoun, never as a person named "He"', () => {
    const out = run('Governor Lee Moran spoke on Friday. He\'s said "never again" before.');
    expect(speakerOf(out, 'never again')).toBe('Lee Moran');
  });
});

describe('who a sentence is about', () => {
  it('keeps the earlier subject when a sentence led by "he" names someone else', () => {
    const out = run(
      'Ron Keel founded the survey firm in 1997. He now advises Governor Lara Hume. He says the race is "too close to call".',
    );
    expect(speakerOf(out, 'too close to call')).toBe('Ron Keel');
  });
});

describe('he and she', () => {
  it('takes the person a "he" sentence names for a following "she"', () => {
    const out = run(
      'Jon Dale is the mayor. He appointed Ann Roe as his deputy on Monday. She said the budget was balanced.',
    );
    expect(speakerOf(out, 'the budget was balanced')).toBe('Ann Roe');
  });

  it('keeps the earlier subject for the same pronoun', () => {
    const out = run(
      'Mara Lind runs the clinic. She hired Paul Oster last year. She says waiting times have halved.',
    );
    expect(speakerOf(out, 'waiting times have halved')).toBe('Mara Lind');
  });
});

describe('groups the gazetteer knows', () => {
  const speakerFor = (out: ReturnType<typeof run>, quote: string) =>
    out.find((s) => s.quote === quote)?.speaker;

  it('reads "the Group of Eight" as one organisation, not a person named "Eight"', () => {
    const out = run('The Group of Eight said on Monday that the fishing quotas "must be cut".');
    expect(speakerFor(out, 'must be cut')).toMatchObject({
      name: 'Group of Eight',
      kind: 'ORGANIZATION',
      role: null,
    });
  });

  it('reads "the G20" as an organisation, as "NATO" is', () => {
    const out = run(
      'The G20 warned that the grain tariffs were "a mistake". NATO said the drills would go "as planned".',
    );
    expect(speakerFor(out, 'a mistake')).toMatchObject({ name: 'G20', kind: 'ORGANIZATION' });
    expect(speakerFor(out, 'as planned')).toMatchObject({ name: 'NATO', kind: 'ORGANIZATION' });
  });
});

describe('a source noun before a name', () => {
  const speakerFor = (out: ReturnType<typeof run>, quote: string) =>
    out.find((s) => s.quote === quote)?.speaker;

  it('reads "Pollster Dana Kirk" as Dana Kirk in the role of pollster', () => {
    const out = run('Pollster Dana Kirk said the turnout "will break records" in the suburbs.');
    expect(speakerFor(out, 'will break records')).toMatchObject({
      name: 'Dana Kirk',
      kind: 'PERSON',
      role: 'Pollster',
    });
  });

  it('does the same for other kinds of source the lexicons know', () => {
    const out = run(
      'Campaigner Rita Vance said the count was "deeply flawed". Resident Omar Haddad told reporters the tap water was "brown for a week".',
    );
    expect(speakerFor(out, 'deeply flawed')).toMatchObject({
      name: 'Rita Vance',
      role: 'Campaigner',
    });
    expect(speakerFor(out, 'brown for a week')).toMatchObject({
      name: 'Omar Haddad',
      role: 'Resident',
    });
  });

  it('keeps a two-word name whose given name is also such a noun', () => {
    const out = run('Fan Lixin said the new stadium "feels like home".');
    expect(speakerFor(out, 'feels like home')).toMatchObject({ name: 'Fan Lixin', role: null });
  });
});

describe('a person apposition after a name that looks like a place', () => {
  const speakerFor = (out: ReturnType<typeof run>, quote: string) =>
    out.find((s) => s.quote === quote)?.speaker;

  it('reads "Joy Bay, a spokeswoman for the port" as a person', () => {
    const out = run('"The berths stay closed," said Joy Bay, a spokeswoman for the port.');
    expect(speakerFor(out, 'The berths stay closed,')).toMatchObject({
      name: 'Joy Bay',
      kind: 'PERSON',
      role: 'spokeswoman for the port',
    });
  });

  it('keeps a place-worded organisation an organisation when the apposition names no person', () => {
    const out = run('"Tickets are sold out," said Ocean Park, the city\'s largest theme park.');
    expect(speakerFor(out, 'Tickets are sold out,')).toMatchObject({
      name: 'Ocean Park',
      kind: 'ORGANIZATION',
    });
  });
});

describe('a name that is also a property of every object', () => {
  // The pronoun table was a plain object until aae642d: "constructor" found Object there and
  // the subject read as a pronoun with no antecedent, so the statement was dropped.
  it('reads "Constructor" as a name, not a pronoun', () => {
    const out = run('Constructor said the bridge "would not hold".');
    expect(speakerOf(out, 'would not hold')).toBe('Constructor');
  });
});
