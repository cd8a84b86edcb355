import { describe, expect, it } from 'vitest';
import { extractStatements } from './extract.js';

function indirect(...paragraphs: string[]) {
  return extractStatements({
    headline: 'Headline',
    lede: null,
    paragraphs: paragraphs.map((text, index) => ({ index, text })),
  })
    .filter((s) => s.kind === 'INDIRECT')
    .map((s) => ({ quote: s.quote, speaker: s.speaker?.name ?? null }));
}

describe('clause shapes of reported content', () => {
  it('reads a four-letter present verb after a name as a clause', () => {
    expect(indirect('Coach Mara Lind predicts the club wins the cup next season.')).toEqual([
      { quote: 'the club wins the cup next season', speaker: 'Mara Lind' },
    ]);
  });

  it('takes a short or hyphenated gerund after "argued for/against"', () => {
    expect(
      indirect(
        'Senator Ivo Brandt argued for using the surplus to cut rail fares.',
        'Mayor Ines Vidal argued against re-opening the old mine.',
      ).map((s) => s.quote),
    ).toEqual(['using the surplus to cut rail fares', 're-opening the old mine']);
  });

  it('does not read a counted or "-ities" plural as a present verb', () => {
    expect(indirect('The agency reported 420 cases during the outbreak.')).toEqual([]);
    expect(indirect('The ministry announced fresh funding for the port authorities.')).toEqual([]);
  });

  it('does not read "this" as a verb before the attribution', () => {
    expect(
      indirect(
        'However, earlier this year, Rita Moss said in an interview she was open to a return.',
      ),
    ).toEqual([{ quote: 'she was open to a return', speaker: 'Rita Moss' }]);
  });

  it('does not read a noun\'s infinitive as the complement of "claim"', () => {
    expect(
      indirect(
        'Governor Paul Aris spoke at the opening, claiming a role for the province to have a say in the port.',
      ),
    ).toEqual([]);
    expect(indirect('Governor Paul Aris claimed to have the votes to pass the budget.')).toEqual([
      { quote: 'to have the votes to pass the budget', speaker: 'Paul Aris' },
    ]);
  });
});

describe('where reported content ends', () => {
  it('ends at ", and <subject> <simple past>" after present or directive content', () => {
    expect(
      indirect(
        'Health officials recommended residents avoid crowded places during the summit, and the city closed two main roads.',
        'The club has said its coach has resigned, and the players quickly left the stadium.',
      ).map((s) => s.quote),
    ).toEqual(['residents avoid crowded places during the summit', 'its coach has resigned']);
  });

  it('keeps a coordinated clause in the same tense, or one without its own subject', () => {
    expect(
      indirect(
        'Police said twenty people were arrested, and two officers were injured.',
        'The agency reported the plant is expected to reopen, but only produced half its output.',
      ).map((s) => s.quote),
    ).toEqual([
      'twenty people were arrested, and two officers were injured',
      'the plant is expected to reopen, but only produced half its output',
    ]);
  });
});

describe('an attribution that splits one clause (rule 10)', () => {
  it('joins a lead that cannot stand alone to the rest of the clause', () => {
    expect(
      indirect(
        'Last spring, Trade Minister Lea Hart said, the factory closed its doors.',
        'If the rain continues, experts say, the river may flood the old town.',
      ).map((s) => s.quote),
    ).toEqual([
      'Last spring, the factory closed its doors',
      'If the rain continues, the river may flood the old town',
    ]);
  });

  it('joins the rest up to a semicolon', () => {
    expect(
      indirect(
        'Orders will stay strong this year, Lea Hart said, and hiring looks likely; the union disagreed.',
      ).map((s) => s.quote),
    ).toEqual(['Orders will stay strong this year, and hiring looks likely']);
  });

  it('keeps the subject before "according to X," in the content', () => {
    expect(
      indirect('Nearby residents, according to the local radio, have reported a smell of gas.'),
    ).toEqual([{ quote: 'Nearby residents have reported a smell of gas', speaker: 'local radio' }]);
  });

  it('does not read a participle after the attribution as the rest of the clause', () => {
    expect(
      indirect('On Monday, Mayor Lea Hart announced her resignation, ending a decade in office.'),
    ).toEqual([]);
  });
});

describe('cue shapes', () => {
  it('ends the content at "but felt" and reads the feeling as its own report', () => {
    const quotes = indirect(
      'Senator Ivo Brandt called for a ban on fracking but felt the small farms should be exempt.',
    ).map((s) => s.quote);
    expect(quotes).toContain('the small farms should be exempt');
    expect(quotes.some((q) => q.includes('but felt'))).toBe(false);
  });

  it('takes a "that" clause after a time phrase', () => {
    expect(
      indirect('Judge Ann Cole ordered last week that the ballots be counted by hand.'),
    ).toEqual([{ quote: 'the ballots be counted by hand', speaker: 'Ann Cole' }]);
  });

  it('does not read a participle after "amongst" as a cue', () => {
    expect(
      indirect(
        'Amongst reported incidents of abuse by church officials, recently two bishops were convicted of fraud.',
      ),
    ).toEqual([]);
  });
});

describe('one speech act per content', () => {
  it('reports a content once when two cues name the same source', () => {
    expect(
      indirect(
        'Per figures reported by The Associated Press, 300 nurses are leaving the service each month.',
      ).map((s) => s.quote),
    ).toEqual(['300 nurses are leaving the service each month']);
  });
});
