import { describe, expect, it } from 'vitest';
import { Article } from '@wiredesk/domain';
import { corpusText, parseCorpusFile } from '../test/corpus.js';

const seedFile = 'seed/000_2520925b624eec76.txt';

interface SeedGold {
  article: {
    publishedAt: string;
    headline: string;
    lede: string;
    sectionHeadings: string[];
    paragraphCount: number;
    credits: { authors: string[]; agencies: string[] };
    removedBoilerplate: string[];
    embeds: { kind: string; title: string }[];
  };
  signatoryLists: {
    required: {
      signatories: { name: string; countryCode: string; group?: string; relation?: string }[];
    }[];
  };
  entities: { countries: string[]; organizations: string[]; places: string[] };
}

const gold = JSON.parse(corpusText('seed/000_2520925b624eec76.gold.json')) as SeedGold;
const article = parseCorpusFile(seedFile);

describe('the seed article', () => {
  it('is a valid Article record', () => {
    expect(Article.safeParse(article).success).toBe(true);
  });

  it('has the gold date, headline and lede', () => {
    expect(article.publishedAt).toBe(gold.article.publishedAt);
    expect(article.headline).toBe(gold.article.headline);
    expect(article.lede).toBe(gold.article.lede);
  });

  it('has the gold section headings', () => {
    const headings = article.sections.flatMap((s) => (s.heading === null ? [] : [s.heading]));
    expect(headings).toEqual(gold.article.sectionHeadings);
  });

  it('has 14 body paragraphs indexed 0 to 13 in order', () => {
    const indexes = article.sections.flatMap((s) => s.paragraphs.map((p) => p.index));
    expect(indexes).toEqual([...Array(gold.article.paragraphCount).keys()]);
  });

  it('keeps the paragraphs before the first heading in a section without heading', () => {
    expect(article.sections[0]?.heading).toBeNull();
    expect(article.sections[0]?.paragraphs[0]?.text).toMatch(
      /^The Ukrainian Defense Ministry on Tuesday/,
    );
  });

  it('has the gold credits', () => {
    expect(article.credits).toEqual(gold.article.credits);
  });

  it('turns the video leftover into an embed and boilerplate', () => {
    expect(article.embeds).toEqual(
      gold.article.embeds.map((e) => ({ kind: e.kind.toUpperCase(), title: e.title })),
    );
    expect(article.boilerplate).toEqual(gold.article.removedBoilerplate);
  });

  it('keeps boilerplate out of the paragraphs', () => {
    const texts = article.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(texts.some((t) => t.includes('enable JavaScript'))).toBe(false);
  });

  it('mentions the gold countries', () => {
    expect([...article.entities.countries].sort()).toEqual([...gold.entities.countries].sort());
  });

  it('finds the gold organisations and places', () => {
    expect([...article.entities.organizations].sort()).toEqual(
      [...gold.entities.organizations].sort(),
    );
    expect(article.entities.places).toEqual(gold.entities.places);
  });

  it('lists the people the statements name', () => {
    expect(article.entities.people.map((p) => p.name)).toEqual([
      'Volodymyr Zelenskyy',
      'Rustem Umerov',
      'Andrii Kovalenko',
    ]);
  });

  it('numbers statements from s0 under the article id', () => {
    expect(article.statements.map((s) => s.id)).toEqual(
      article.statements.map((_, n) => `${article.id}:s${n}`),
    );
    expect(article.statements.every((s) => s.articleId === article.id)).toBe(true);
  });

  it('derives a stable id from the content hash', () => {
    expect(article.id).toBe(`art_${article.contentHash.slice(0, 20)}`);
    expect(parseCorpusFile(seedFile).id).toBe(article.id);
  });

  it('records the source', () => {
    expect(article.source).toEqual({
      uri: '000_2520925b624eec76.txt',
      format: 'WIRE_TEXT',
      size: 3089,
      ingestedAt: '2024-11-06T12:00:00.000Z',
    });
    expect(article.language).toBe('en');
  });
});

describe('the seed signatory list', () => {
  const [list] = article.signatoryLists;
  const expected = gold.signatoryLists.required[0]?.signatories ?? [];

  it('is the one list, in paragraph 11, with the cue "signed" and group G7', () => {
    expect(article.signatoryLists).toHaveLength(1);
    expect(list?.paragraphIndex).toBe(11);
    expect(list?.cue).toBe('signed');
    expect(list?.groups).toEqual(['G7']);
    expect(list?.id).toBe(`${article.id}:l0`);
  });

  it('has the ten signatories with canonical names and codes', () => {
    expect(list?.signatories.map((s) => [s.name, s.countryCode])).toEqual(
      expected.map((s) => [s.name, s.countryCode]),
    );
  });

  it('puts the G7 members in the group and the three others alongside', () => {
    const relations = list?.signatories.map((s) => [s.countryCode, s.group, s.relation]);
    expect(relations).toEqual(
      expected.map((s) => [
        s.countryCode,
        s.relation === 'alongside' ? null : (s.group ?? null),
        s.relation === 'alongside' ? 'ALONGSIDE' : 'MEMBER',
      ]),
    );
  });

  it('links the three statements the ministers made together, and only those', () => {
    const linked = article.statements.filter((s) => s.signatoryListId === list?.id);
    expect(linked.map((s) => s.quote.slice(0, 30))).toEqual([
      "The DPRK's [North Korea's] dir",
      'in the strongest possible term',
      'soldiers receiving or providin',
    ]);
    expect(list?.statementIds).toEqual(linked.map((s) => s.id));
  });

  it('keeps the surface "Britain" for the United Kingdom', () => {
    expect(list?.signatories.find((s) => s.countryCode === 'GB')?.surface).toBe('Britain');
  });
});
