import { describe, expect, it } from 'vitest';
import { expectAtOffsets } from '../../test/offsets.js';
import { corpusText, parseCorpusFile } from '../../test/corpus.js';
import { normalizeTokens } from '../eval/normalize.js';
import { tokensMatch } from '../eval/match.js';
import { extractStatements } from './extract.js';

interface GoldItem {
  speaker: string;
  speakerRole?: string;
  speakerMention?: string;
  speakerKind?: string;
  cue: string;
  kind: string;
  quote?: string;
  content?: string;
  channel?: string;
  where?: string;
}

const gold = JSON.parse(corpusText('seed/000_2520925b624eec76.gold.json')) as {
  statements: { required: GoldItem[]; stretch: GoldItem[] };
};
const article = parseCorpusFile('seed/000_2520925b624eec76.txt');
const statements = extractStatements({
  headline: article.headline,
  lede: article.lede,
  paragraphs: article.sections.flatMap((s) => s.paragraphs),
});

function find(item: GoldItem) {
  const wanted = normalizeTokens(item.quote ?? item.content ?? '');
  return statements.find((s) => tokensMatch(normalizeTokens(s.quote), wanted));
}

function expectItem(item: GoldItem): void {
  const s = find(item);
  expect(s, `no statement for ${JSON.stringify(item.quote ?? item.content)}`).toBeDefined();
  expect(s?.kind).toBe(item.kind);
  expect(s?.cue).toBe(item.cue);
  expect(s?.speaker?.name).toBe(item.speaker);
  if (item.quote !== undefined) expect(s?.quote).toBe(item.quote);
  if (item.speakerRole !== undefined) expect(s?.speaker?.role).toBe(item.speakerRole);
  if (item.speakerMention !== undefined) expect(s?.speakerMention).toBe(item.speakerMention);
  if (item.speakerKind !== undefined) expect(s?.speaker?.kind).toBe(item.speakerKind);
  if (item.channel !== undefined) expect(s?.channel).toBe(item.channel);
  if (item.where === 'lede') expect(s).toMatchObject({ location: 'LEDE', paragraphIndex: null });
}

describe('the seed article statements', () => {
  it.each(gold.statements.required.map((item) => [item.quote ?? item.content, item] as const))(
    'yields the required item %j',
    (_label, item) => {
      expectItem(item);
    },
  );

  it.each(gold.statements.stretch.map((item) => [item.quote ?? item.content, item] as const))(
    'yields the stretch item %j',
    (_label, item) => {
      expectItem(item);
    },
  );

  it('places every quote at its offsets in its paragraph or the lede', () => {
    const texts = new Map(
      article.sections.flatMap((s) => s.paragraphs).map((p) => [p.index, p.text]),
    );
    for (const s of statements) {
      const text =
        s.paragraphIndex === null ? (article.lede ?? '') : (texts.get(s.paragraphIndex) ?? '');
      expectAtOffsets(text, s);
    }
  });
});
