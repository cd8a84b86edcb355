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
  quote: s.quote,
  speaker: s.speaker?.name ?? null,
});

describe('content boundaries of reported speech', () => {
  it('ends the content where another source reports after "but"', () => {
    const out = run(
      'Minister Eva Holm sold the yard. The Dutch buyer asked for the price to be kept private, but the minister stated the loan was repaid in full.',
    );
    expect(out.map((s) => s.quote)).toContain('the loan was repaid in full');
    expect(out.map((s) => s.quote)).not.toContain(
      'the price to be kept private, but the minister stated the loan was repaid in full',
    );
  });

  it('ends the content at a second speech verb, not at any second verb', () => {
    const out = run(
      'Officials said the blaze destroyed 40 homes and injured 12 people.',
      'Mayor Ann Roe said the road was closed and described the damage as severe.',
    );
    expect(out.map((s) => s.quote)).toEqual([
      'the blaze destroyed 40 homes and injured 12 people',
      'the road was closed',
      'the damage as severe',
    ]);
  });

  it('ends the content at "and <subject> said" without a comma', () => {
    const out = run('One resident said the water rose overnight and two others said the dam held.');
    expect(out.map((s) => s.quote)).toContain('the water rose overnight');
  });

  it('does not cut at a capitalised name that looks like a verb', () => {
    const [s] = run(
      'According to the agency, the mayor has won 52 percent so far, while United States Senator Ann Holt has 40 percent.',
    );
    expect(s?.quote).toBe(
      'the mayor has won 52 percent so far, while United States Senator Ann Holt has 40 percent',
    );
  });

  it('leaves out how and when it was said before the content', () => {
    const out = run(
      'Governor Lena Ortiz announced on Twitter on Friday the curfew would end at midnight.',
      'Senator Paul Dunn has said publicly the tax should be scrapped.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the curfew would end at midnight', speaker: 'Lena Ortiz' },
      { quote: 'the tax should be scrapped', speaker: 'Paul Dunn' },
    ]);
  });

  it('leaves out "without elaborating" after the content', () => {
    const [s] = run('His manager said the singer had fallen ill without elaborating.');
    expect(s?.quote).toBe('the singer had fallen ill');
  });

  it('reads "clause, X said Friday morning" and "clause, X said, adding …"', () => {
    const out = run(
      'The bridge was closed to traffic, police said Friday morning.',
      'The climb took nine hours, Ruth Keller said, adding the summit was covered in fog.',
    );
    expect(out.map((s) => s.quote)).toEqual(
      expect.arrayContaining(['The bridge was closed to traffic', 'The climb took nine hours']),
    );
  });

  it('reads "clause according to X" without a comma', () => {
    const [s] = run('The match was a tense affair according to assistant coach Mark Dale.');
    expect(pick(s!)).toEqual({ quote: 'The match was a tense affair', speaker: 'Mark Dale' });
  });

  it('skips a relative clause and a dated comma after "according to"', () => {
    const out = run(
      'According to Professor Ida Berg, who chairs the jury, the entries were stronger than last year.',
      'According to a May 2, 2021 ministry release, exports grew by four percent.',
    );
    expect(out.map((s) => s.quote)).toEqual([
      'the entries were stronger than last year',
      'exports grew by four percent',
    ]);
  });
});

describe('judgements reported through a second predicate', () => {
  it('reads "VERB object as/for …/to …" as reported content', () => {
    const out = run(
      'Senator Ann Holt described the budget as reckless.',
      'Holt criticised the board for ignoring the warnings.',
      'The union leader Max Rees likened the new rota to a lottery.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the budget as reckless', speaker: 'Ann Holt' },
      { quote: 'the board for ignoring the warnings', speaker: 'Ann Holt' },
      { quote: 'the new rota to a lottery', speaker: 'Max Rees' },
    ]);
  });

  it('splits two predicates of one speaker joined by "and"', () => {
    const out = run(
      'Mayor Tom Ekman blasted the council as wasteful and repeatedly asked why the pool was closed.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the council as wasteful', speaker: 'Tom Ekman' },
      { quote: 'why the pool was closed', speaker: 'Tom Ekman' },
    ]);
  });

  it('leaves passives, "such as" and infinitives alone', () => {
    const out = run(
      'The report was described as flawed.',
      'Mayor Tom Ekman described events such as floods.',
      'Ekman attacked the plan to build a dam.',
    );
    expect(out).toEqual([]);
  });
});

describe('speakers of reported speech', () => {
  it('reads a serial-comma list of surnames as one group', () => {
    const out = run(
      'Nina Adler and Tom Berg debated. Adler, Berg, and Cole all agreed that the tax was too high.',
    );
    expect(out.at(-1)?.speaker).toMatchObject({ kind: 'GROUP' });
    expect(out.at(-1)?.speaker?.name).toContain('Nina Adler');
  });

  it('takes the name, not the title, from "X, Org\'s CEO for Y, said"', () => {
    const out = run(
      'Ana Ruiz, Acme’s CEO for Latin America, explained that sales had doubled.',
      'Bo Lind, CEO of Acme, stated they would open two plants.',
      'Joe Marr, a harbour official, on Monday told reporters the port had reopened.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'sales had doubled', speaker: 'Ana Ruiz' },
      { quote: 'they would open two plants', speaker: 'Bo Lind' },
      { quote: 'the port had reopened', speaker: 'Joe Marr' },
    ]);
  });

  it('keeps two people who share a surname apart, each with their own role', () => {
    const out = run(
      'Former Governor Tom Hale joined the rally.',
      'Former First Lady Ruth Hale said the state must vote.',
      'Hale said the count was fair.',
    );
    expect(out.map((s) => [s.speaker?.name, s.speaker?.role])).toEqual([
      ['Ruth Hale', 'Former First Lady'],
      ['Tom Hale', 'Former Governor'],
    ]);
  });

  it('gives the same answers for an article whatever was parsed before it', () => {
    const text = 'Mayor Ida Grant said the roads would reopen on Monday.';
    const first = run(text);
    run('Ida Grant of Chile and Peru Grant met.', 'Grant said the talks went well.');
    expect(run(text)).toEqual(first);
  });

  it('gives a sentence-opening participle the subject of the main clause', () => {
    const out = run(
      'Saying "the law changes nothing", Mayor Ana Cruz added, "We will act anyway."',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the law changes nothing', speaker: 'Ana Cruz' },
      { quote: 'We will act anyway.', speaker: 'Ana Cruz' },
    ]);
  });

  it('does not read "Regarding …" as a speech verb', () => {
    const out = run('Regarding the hardest task, Dr Ola Berg said it was the written exam.');
    expect(out.map(pick)).toEqual([{ quote: 'it was the written exam', speaker: 'Ola Berg' }]);
  });

  it('resolves a capitalised title alone ("the Prime Minister") to the person holding it', () => {
    const out = run(
      'Danish Prime Minister Lars Moe met the unions.',
      'The Prime Minister apologised for "a month of chaos".',
    );
    expect(out.map(pick)).toEqual([{ quote: 'a month of chaos', speaker: 'Lars Moe' }]);
  });

  it('names an organisation in full when the article defines its acronym', () => {
    const out = run(
      'The Baltic Shipping Council (BSC) said freight rates had doubled.',
      'BSC warned that ports would be congested.',
    );
    expect(out.map((s) => [s.speaker?.name, s.speaker?.kind])).toEqual([
      ['Baltic Shipping Council', 'ORGANIZATION'],
      ['Baltic Shipping Council', 'ORGANIZATION'],
    ]);
  });
});

describe('speech verbs of the lexicon', () => {
  it.each([
    ['expressed a wish to "build a fairer city."', 'build a fairer city.'],
    ['talked about how the team had been "written off."', 'written off.'],
    ['envisioned the deal ending their "lost decade" at last.', 'lost decade'],
  ])('reads a quoted fragment after "%s"', (rest, quote) => {
    const out = run('Coach Rita Lund met fans.', `Lund ${rest}`);
    expect(out.map(pick)).toEqual([{ quote, speaker: 'Rita Lund' }]);
  });
});

describe('what is not reported content', () => {
  it.each([
    ['announced a deal it brokered between the two ports.'],
    ['announced a coalition to patrol the strait which was joined by Oman.'],
    ['proposed legislation that would fund the agency until May.'],
    ['promised protests every week until the council resigned.'],
    ['called for a cessation of fighting.'],
    ['declared similar measures for the airport in Oslo.'],
  ])('reads "Mayor Ana Cruz %s" as a noun phrase, not a clause', (rest) => {
    expect(run(`Mayor Ana Cruz ${rest}`)).toEqual([]);
  });

  it('still reads a clause whose subject carries a relative clause', () => {
    const [s] = run(
      'Investigators said a sensor on the jet, which had never failed before, was sending false data.',
    );
    expect(s?.quote).toBe(
      'a sensor on the jet, which had never failed before, was sending false data',
    );
  });

  it('leaves out reports by "I", "we" or "our team" in an interview', () => {
    expect(run("I'm told the plan works.", 'Our team proposes to attract new clinics.')).toEqual(
      [],
    );
    expect(run('US officials said the talks would resume.').map(pick)).toEqual([
      { quote: 'the talks would resume', speaker: 'US officials' },
    ]);
  });
});

describe('publications and platforms are not people', () => {
  it('resolves "the website" to a publication whose name looks like a person\'s', () => {
    const out = run(
      'Captain Ola Berg sailed on Monday. Harbour Bulletin logged the ferry near Bergen.',
      'The website said the ferry had turned back.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the ferry had turned back', speaker: 'Harbour Bulletin' },
    ]);
  });

  it('does not let "she" point back to a platform after "according to"', () => {
    const out = run(
      'Writer Lena Ortiz moved to Lyon in May. According to Twitter, she says the book is finished.',
    );
    expect(out.map(pick)).toEqual([{ quote: 'the book is finished', speaker: 'Lena Ortiz' }]);
  });
});

describe('sentence openers as subjects', () => {
  it('does not read "Let" before a speech verb as a source', () => {
    expect(run('Chef Rita Lund runs a bistro.', 'Let say the menu works for everyone.')).toEqual(
      [],
    );
  });

  it('reads "Some" alone before a speech verb as an unnamed source', () => {
    const out = run('Some said the prices were too high.');
    expect(out.map((s) => [s.quote, s.speaker?.name, s.speaker?.kind])).toEqual([
      ['the prices were too high', 'some', 'UNNAMED'],
    ]);
  });
});

describe('dated sources after "according to"', () => {
  it('keeps a full date inside the source it introduces', () => {
    const out = run(
      'According to a June 2, 2021 WHO press release, cases fell by half.',
      'According to the report, 2019 was the hottest year.',
    );
    expect(out.map((s) => [s.quote, s.speaker?.name])).toEqual([
      ['cases fell by half', 'WHO'],
      ['2019 was the hottest year', 'WHO'],
    ]);
  });
});

describe('quotative "like"', () => {
  it('reads "she was like, "…"" and "he\'s like "…"" as direct quotes', () => {
    const out = run(
      'Mayor Ana Cruz met the crowd. She was like, "We will rebuild."',
      'Coach Tom Hale laughed. He\'s like "Not again."',
    );
    expect(out.map((s) => [s.kind, s.quote, s.speaker?.name])).toEqual([
      ['DIRECT', 'We will rebuild.', 'Ana Cruz'],
      ['DIRECT', 'Not again.', 'Tom Hale'],
    ]);
  });

  it('leaves comparisons alone', () => {
    expect(
      run(
        'Mayor Ana Cruz toured the site.',
        'The square is like "a war zone" now. It\'s like "a dream".',
      ),
    ).toEqual([]);
  });
});

describe('names in quotation marks', () => {
  it.each([
    ['The 1957 strain was commonly called "island fever."'],
    ['Players share add-ons through a feature called "kits".'],
    ['The ring ran a forum known as "Night Market" for years.'],
  ])('reads "%s" as a name, not a statement', (text) => {
    expect(run('Inspector Tom Hale said the case was closed.', text).map(pick)).toEqual([
      { quote: 'the case was closed', speaker: 'Tom Hale' },
    ]);
  });

  it('still reads a quote that a named source called something', () => {
    const out = run('The plan, which the Daily Post called "a quiet revolution", passed.');
    expect(out.map((s) => s.quote)).toContain('a quiet revolution');
  });
});

describe('resolving who speaks', () => {
  it('reads "I" in an interview answer and "you" in a question as the interviewee', () => {
    const out = run(
      '((WN)) You said, "the rules are unfair." Why?',
      '((Mara Stein)) Well, I told them, "No, I want to play."',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the rules are unfair.', speaker: 'Mara Stein' },
      { quote: 'No, I want to play.', speaker: 'Mara Stein' },
    ]);
  });

  it('takes a role from an apposition and from "Title of Country Name"', () => {
    const out = run(
      'The paper interviewed Lajos Kertesz, the government commissioner for rail.',
      'President of Chile Ana Soto met him.',
      'The commissioner said the line would reopen. The president called it "a fair deal".',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the line would reopen', speaker: 'Lajos Kertesz' },
      { quote: 'a fair deal', speaker: 'Ana Soto' },
    ]);
  });

  it('reads "the company" as the organisation just named', () => {
    const out = run(
      'Shares of Norvik Shipping Corporation fell on Monday.',
      'The company said its profit had halved.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'its profit had halved', speaker: 'Norvik Shipping Corporation' },
    ]);
  });
});

describe('verbs that report only with a clause after them', () => {
  it('reads "indicated/felt/believed" followed by a full clause', () => {
    const out = run(
      'The Coast Guard further indicated no other boats were involved.',
      'Most residents felt the council should have acted sooner, agreeing the plan was late.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'no other boats were involved', speaker: 'Coast Guard' },
      { quote: 'the council should have acted sooner', speaker: 'most residents' },
      { quote: 'the plan was late', speaker: 'most residents' },
    ]);
  });

  it('leaves them alone with a noun-phrase object', () => {
    expect(run('The mayor felt the pressure of the campaign.')).toEqual([]);
  });

  it('takes a plural noun ending the subject as its head ("local reports")', () => {
    const out = run('According to local reports, the ferry left the port at noon.');
    expect(out.map(pick)).toEqual([
      { quote: 'the ferry left the port at noon', speaker: 'local reports' },
    ]);
  });
});

describe('agents, acronyms and -ing nouns', () => {
  it('takes the agent of a passive cue as the source', () => {
    const out = run(
      'The data showed a pattern described by Harbour Watch as "erratic and confused".',
    );
    expect(out.map(pick)).toEqual([{ quote: 'erratic and confused', speaker: 'Harbour Watch' }]);
    expect(run('The figure was reported by Nordic Radio as an error.')).toEqual([]);
  });

  it('reads an acronym defined with its name in parentheses after it', () => {
    const out = run(
      'He joined NRC (Nordic Rowing Council) in May.',
      'NRC said the season would start late.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the season would start late', speaker: 'Nordic Rowing Council' },
    ]);
  });

  it('does not read "a public briefing that …" or "…," citing X as speech', () => {
    const out = run(
      'In a public briefing that included Mayor Ann Roe, Governor Lea Dahl said the fires were contained.',
      'Dahl called the cuts "reckless," citing the recent floods.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the fires were contained', speaker: 'Lea Dahl' },
      { quote: 'reckless,', speaker: 'Lea Dahl' },
    ]);
  });
});

describe('more clause shapes', () => {
  it('reads the mandative subjunctive ("ordered the flags be lowered")', () => {
    const out = run('Governor Eva Lind ordered the state flags be lowered to half staff.');
    expect(out.map(pick)).toEqual([
      { quote: 'the state flags be lowered to half staff', speaker: 'Eva Lind' },
    ]);
  });

  it('gives "X, who told it …" to the antecedent of "who"', () => {
    const out = run('The paper also spoke to the Coast Guard, who told it the search was over.');
    expect(out.map(pick)).toEqual([{ quote: 'the search was over', speaker: 'Coast Guard' }]);
  });

  it('finds the verb of a clause with a long subject', () => {
    const [s] = run(
      'The Nordic Council of Ministers announced on Friday the third annual meeting between Prime Minister Ola Berg and former Deputy Prime Minister Kari Lunde of Norway, which was planned for May, has been postponed.',
    );
    expect(s?.quote).toMatch(/^the third annual meeting .* has been postponed$/);
  });

  it('drops content left dangling by a quote', () => {
    const out = run('Senator Ann Holt described the claims as a "national embarrassment".');
    expect(out.map((s) => s.kind)).toEqual(['PARTIAL']);
  });
});

describe('participles after an object', () => {
  it('gives "X explained the decision saying …" to X', () => {
    const out = run(
      'Ivar Holm, the head of the league, explained the decision to drop the players saying, "They broke the rules twice."',
      'Mayor Eva Lind posted a message on Facebook on Friday announcing she had tested positive.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'They broke the rules twice.', speaker: 'Ivar Holm' },
      { quote: 'she had tested positive', speaker: 'Eva Lind' },
    ]);
  });

  it('gives "a story alleging …" to the story, and "of saying" stays inside the object', () => {
    const out = run(
      'Senator Ann Holt criticised Tom Berg for a Daily Post story alleging he had hidden the losses.',
    );
    expect(out.map((s) => s.speaker?.name)).not.toContain('Ann Holt');
  });
});

describe('reports inside reports', () => {
  it('keeps the inner source when a report relays another ("X reported officials warned that …")', () => {
    const out = run(
      'The Daily Post reported harbour officials warned the council last week that the pier was unsafe.',
      'According to the Nordic Herald, engineers said the bridge needed repairs.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the pier was unsafe', speaker: 'harbour officials' },
      { quote: 'the bridge needed repairs', speaker: 'engineers' },
    ]);
  });
});

describe('subjects around asides', () => {
  it('skips an aside in parentheses after the name', () => {
    const out = run(
      'The novelist Ida Marsh (Blue Harbour, Night Trains) said the market had collapsed.',
    );
    expect(out.map((s) => s.speaker?.name)).toEqual(['Ida Marsh']);
  });

  it('gives ", saying" to the clause just before it, not to an earlier clause', () => {
    const out = run(
      'While all agreed that pay was low, illustrator Rosa Vik stressed the need for rest, saying "I switch off on Sundays."',
    );
    expect(out.at(-1)?.speaker?.name).toBe('Rosa Vik');
  });
});

describe('questions, gerunds and verb particles', () => {
  it.each([
    [
      'Senator Ann Holt questioned whether the audit was complete.',
      'whether the audit was complete',
    ],
    ['Senator Ann Holt admitted wanting to close the mine.', 'wanting to close the mine'],
    ['Senator Ann Holt argued for raising the fuel tax.', 'raising the fuel tax'],
    ['Senator Ann Holt referred to herself as a centrist.', 'herself as a centrist'],
    [
      'Senator Ann Holt challenged the mayor to publish the contract.',
      'the mayor to publish the contract',
    ],
    ['Senator Ann Holt saw the merger as a mistake.', 'the merger as a mistake'],
  ])('reads "%s"', (text, quote) => {
    expect(run(text).map(pick)).toEqual([{ quote, speaker: 'Ann Holt' }]);
  });

  it('keeps a "whether" clause inside its subordinate clause', () => {
    const out = run(
      'First, after reporter Tom Berg questioned whether the trip was planned, Mayor Ann Roe alleged the press was lying.',
    );
    expect(out.map((s) => s.quote)).toEqual([
      'whether the trip was planned',
      'the press was lying',
    ]);
  });
});

describe('attribution tails inside content', () => {
  it('ends content at ", she said" / ", Berg told X"', () => {
    const out = run(
      'Mayor Ann Roe promised the pool would reopen in May, she told reporters.',
      'Officials said the dam held, Tom Berg added.',
    );
    expect(out.map((s) => s.quote)).toEqual(
      expect.arrayContaining(['the pool would reopen in May', 'the dam held']),
    );
  });
});

describe('quantified subjects', () => {
  it('reads "A number of Senators … , citing …" as the senators speaking', () => {
    const out = run(
      'A number of Senators condemned the ruling of the board, citing it as a "clear abuse of power".',
    );
    expect(out.map((s) => s.speaker?.name)).toEqual(['A number of Senators']);
  });
});

describe('negated speech', () => {
  it.each([
    ['Mayor Ann Roe would not say whether the pool would reopen.'],
    ['Mayor Ann Roe declined to confirm that the pool would reopen.'],
    ["Mayor Ann Roe didn't say the pool would reopen."],
  ])('reads no statement in "%s"', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('interrupted content (rule 10)', () => {
  it('takes the attribution out of "CLAUSE, X said, and CLAUSE"', () => {
    const out = run('The plant will stay busy for years, Lars Moe said, and the loan looks safe.');
    expect(out.map(pick)).toEqual([
      { quote: 'The plant will stay busy for years, and the loan looks safe', speaker: 'Lars Moe' },
    ]);
    expect(out[0]?.charEnd).toBeGreaterThan(out[0]?.charStart ?? 0);
  });

  it('takes "according to X" out of the middle of a clause', () => {
    const out = run('Two men robbed the shop, then, according to police, fled on foot.');
    expect(out.map(pick)).toEqual([
      { quote: 'Two men robbed the shop, then fled on foot', speaker: 'police' },
    ]);
  });
});

describe('what is not a subject', () => {
  it.each([
    ['Under Danish law, the mayor has until May to call an election.'],
    ['About the mayor surfaced claims that the roads were unsafe.'],
  ])('finds no speaker in "%s"', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('"The" alone is not a sentence subject', () => {
  it('reads "The governor tweeted her reasoning saying, …" as the governor speaking', () => {
    const out = run(
      'Governor Kay Lund signed the bill on Friday.',
      'The governor tweeted her reasoning saying, "Today I kept my promise."',
    );
    expect(out.map(pick)).toEqual([{ quote: 'Today I kept my promise.', speaker: 'Kay Lund' }]);
  });
});

describe('quotes after an adverbial only', () => {
  it('continues the last attribution into "During the premiere, "…""', () => {
    const out = run(
      'Actor Sam Reid talked about how the show had been "overlooked for years."',
      'During the premiere, "I felt like a guest at my own party, and it was wonderful to see."',
    );
    expect(out.map((s) => s.speaker?.name)).toEqual(['Sam Reid', 'Sam Reid']);
  });
});

describe('reaffirming, reasserting and speculating', () => {
  it('reads "reaffirmed that …" and "have speculated …" as reported speech', () => {
    const out = run(
      'Mayor Ann Roe reaffirmed that the bridge, which links two towns, is open to cyclists.',
      'Local officials have speculated the fire was started by a faulty heater.',
    );
    expect(out.map((s) => s.quote)).toEqual([
      'the bridge, which links two towns, is open to cyclists',
      'the fire was started by a faulty heater',
    ]);
  });

  it('does not read "reasserted" with a plain noun object as speech', () => {
    const out = run('Mayor Ann Roe reasserted the independence of the harbour board.');
    expect(out).toEqual([]);
  });

  it('keeps a ", where …" parenthesis inside the content but leaves a trailing one out', () => {
    const out = run(
      'Police said the van found in Leeds, where the driver lives, was stolen on Monday.',
      'Police said the van was found in Leeds, where the driver had been seen on Monday.',
    );
    expect(out.map((s) => s.quote)).toEqual([
      'the van found in Leeds, where the driver lives, was stolen on Monday',
      'the van was found in Leeds',
    ]);
  });
});

describe('verbs that a next word takes out of speech', () => {
  it('does not read "think tank" or "pleaded guilty" as a speech cue', () => {
    const out = run(
      'A London think tank called the plan reckless in a report published on Monday.',
      'Two of the men pleaded guilty to fraud charges, and a third pleaded not guilty.',
    );
    expect(out.map(pick)).toEqual([]);
  });

  it('still reads "think" and "pleaded" with a clause as speech', () => {
    const out = run('Ann Roe pleaded that the court show mercy to her son.');
    expect(out.map(pick)).toEqual([
      { quote: 'the court show mercy to her son', speaker: 'Ann Roe' },
    ]);
  });
});

describe('speech-verb forms that modify or name a noun', () => {
  it('does not read "over alleged …" or "member states of …" as a speech cue', () => {
    const out = run(
      'The union fined the bank last month over alleged bribes paid to port officials in three countries.',
      'All but one of the member states of the bloc have signed the treaty, with Malta the only holdout.',
    );
    expect(out.map(pick)).toEqual([]);
  });

  it('still reads a finite "alleged" and "states" as speech', () => {
    const out = run(
      'Prosecutors alleged bribes were paid to port officials.',
      'The report states the bank broke the rules.',
    );
    expect(out.map((s) => s.quote)).toEqual([
      'bribes were paid to port officials',
      'the bank broke the rules',
    ]);
  });
});

describe('compound nouns headed by a speech verb', () => {
  it('does not read "court order" or "phone call" as a speech cue', () => {
    const out = run(
      'Part of the court order that was not overturned banned marches until May.',
      'A phone call that the mayor made ended the strike.',
    );
    expect(out.map(pick)).toEqual([]);
  });
});

describe('"attribute X to Y" reports a judgement', () => {
  it('reads the object and its cause as the content', () => {
    const out = run(
      'Analysts attributed the fall in sales to weak demand.',
      'The line, attributed to a former minister, was widely shared.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'the fall in sales to weak demand', speaker: 'Analysts' },
    ]);
  });

  it('takes "this" as the object: "attribute this to …"', () => {
    const out = run('Engineers attribute this to a faulty valve.');
    expect(out.map(pick)).toEqual([{ quote: 'this to a faulty valve', speaker: 'Engineers' }]);
  });
});

describe('agreements and negated subjects', () => {
  it('does not read "agreed with X to do Y" (a deal) as reported speech', () => {
    const out = run(
      'In 2018, Hungary bought a rifle licence, then agreed with Airbus to open a helicopter parts factory in Gyula.',
    );
    expect(out.map(pick)).toEqual([]);
  });

  it('does not report what "not everyone" or "nobody" said', () => {
    const out = run(
      'Not everyone agreed there should be another vote.',
      'Nobody said the plan would fail.',
    );
    expect(out.map(pick)).toEqual([]);
  });

  it('still reads "agreed that …" as reported speech', () => {
    const out = run('Ann Roe agreed that pay should rise.');
    expect(out.map(pick)).toEqual([{ quote: 'pay should rise', speaker: 'Ann Roe' }]);
  });
});

describe('plural subjects with a bare present verb', () => {
  it('reads "the talks resume …" and "the two sides meet …" as clauses', () => {
    const out = run(
      'The talks resume on Monday, officials said.',
      'The two sides meet again next week, a spokesman said.',
    );
    expect(out.map(pick)).toEqual([
      { quote: 'The talks resume on Monday', speaker: 'officials' },
      { quote: 'The two sides meet again next week', speaker: 'a spokesman' },
    ]);
  });

  it('reads a subjunctive after a plural subject: "recommended residents avoid …"', () => {
    const out = run('Health authorities recommended residents avoid crowded places this week.');
    expect(out.map(pick)).toEqual([
      { quote: 'residents avoid crowded places this week', speaker: 'Health authorities' },
    ]);
  });

  it('does not read a plural noun before a noun as subject and verb: "the arms deal"', () => {
    expect(run('The ministry announced the arms deal.').map(pick)).toEqual([]);
    expect(run('The ministry announced the arms deal with Peru.').map(pick)).toEqual([]);
  });
});
