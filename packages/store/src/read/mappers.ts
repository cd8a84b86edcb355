/** Rows back to domain records. */
import type { Article, SignatoryList, Source, Statement } from '@wiredesk/domain';
import type { ArticleRow, SignatoryListRow, SignatoryRow, StatementRow } from '../database.js';

/** An article without its statements and lists (loaded apart), with every source it came from. */
export type StoredArticle = Omit<Article, 'statements' | 'signatoryLists'> & {
  /** Every file or URI this content was ingested from, oldest first; `source` is the first. */
  sources: Source[];
};

export type ArticleColumns = Omit<ArticleRow, 'search' | 'body_text' | 'created_at'>;

export const articleColumns = [
  'articles.id',
  'articles.content_hash',
  'articles.headline',
  'articles.lede',
  'articles.published_at',
  'articles.published_ts',
  'articles.language',
  'articles.sections',
  'articles.authors',
  'articles.agencies',
  'articles.embeds',
  'articles.boilerplate',
  'articles.word_count',
  'articles.entities',
] as const;

export function toStoredArticle(row: ArticleColumns, sources: Source[]): StoredArticle {
  const first = sources[0];
  if (first === undefined) throw new Error(`Article ${row.id} has no source`);
  return {
    id: row.id,
    contentHash: row.content_hash,
    source: first,
    sources,
    headline: row.headline,
    lede: row.lede,
    publishedAt: row.published_at,
    language: row.language,
    sections: row.sections,
    credits: { authors: row.authors, agencies: row.agencies },
    embeds: row.embeds,
    boilerplate: row.boilerplate,
    wordCount: row.word_count,
    entities: row.entities,
  };
}

export function toStatement(row: StatementRow): Statement {
  return {
    id: row.id,
    articleId: row.article_id,
    location: row.location,
    paragraphIndex: row.paragraph_index,
    charStart: row.char_start,
    charEnd: row.char_end,
    kind: row.kind,
    quote: row.quote,
    content: row.content,
    cue: row.cue,
    speaker:
      row.speaker_name === null || row.speaker_kind === null
        ? null
        : {
            name: row.speaker_name,
            kind: row.speaker_kind,
            role: row.speaker_role,
            affiliation: row.speaker_affiliation,
          },
    speakerMention: row.speaker_mention,
    speakerResolution: row.speaker_resolution,
    channel: row.channel,
    confidence: row.confidence,
    signatoryListId: row.signatory_list_id,
  };
}

export function toSignatoryList(row: SignatoryListRow, signatories: SignatoryRow[]): SignatoryList {
  return {
    id: row.id,
    articleId: row.article_id,
    location: row.location,
    paragraphIndex: row.paragraph_index,
    document: row.document,
    cue: row.cue,
    signatories: signatories.map((s) => ({
      name: s.name,
      surface: s.surface,
      kind: s.kind,
      countryCode: s.country_code,
      group: s.group_name,
      relation: s.relation,
    })),
    groups: row.groups,
    statementIds: row.statement_ids,
  };
}

/** Groups rows by a key, keeping each group in row order. */
export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [row]);
    else group.push(row);
  }
  return groups;
}
