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
