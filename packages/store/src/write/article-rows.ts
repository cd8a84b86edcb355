/** Flattens an Article into the rows of each table. Pure: no I/O. */
import type { Article } from '@wiredesk/domain';
import type { Insertable } from 'kysely';
import type {
  ArticleSourcesTable,
  ArticlesTable,
  SignatoriesTable,
  SignatoryListsTable,
  StatementsTable,
} from '../database.js';
import { publishedInstant } from '../published.js';

export interface ArticleRows {
  article: Insertable<ArticlesTable>;
  source: Insertable<ArticleSourcesTable>;
  statements: Insertable<StatementsTable>[];
  signatoryLists: Insertable<SignatoryListsTable>[];
  signatories: Insertable<SignatoriesTable>[];
}

/** The row recording where an article came from; one per (article, uri). */
export function sourceRow(article: Article): Insertable<ArticleSourcesTable> {
  return {
    article_id: article.id,
    uri: article.source.uri,
    format: article.source.format,
    size: article.source.size,
    ingested_at: article.source.ingestedAt,
  };
}

export function toRows(article: Article): ArticleRows {
  const body = article.sections.flatMap((section) => [
    ...(section.heading === null ? [] : [section.heading]),
    ...section.paragraphs.map((paragraph) => paragraph.text),
  ]);
  return {
    article: {
      id: article.id,
      content_hash: article.contentHash,
      headline: article.headline,
      lede: article.lede,
      published_at: article.publishedAt,
      published_ts: publishedInstant(article.publishedAt),
      language: article.language,
      sections: JSON.stringify(article.sections),
      body_text: body.join('\n\n'),
      authors: article.credits.authors,
      agencies: article.credits.agencies,
      embeds: JSON.stringify(article.embeds),
      boilerplate: article.boilerplate,
      word_count: article.wordCount,
      entities: JSON.stringify(article.entities),
    },
    source: sourceRow(article),
    statements: article.statements.map((statement, position) => ({
      article_id: article.id,
      id: statement.id,
      position,
      location: statement.location,
      paragraph_index: statement.paragraphIndex,
      char_start: statement.charStart,
      char_end: statement.charEnd,
      kind: statement.kind,
      quote: statement.quote,
      content: statement.content,
      cue: statement.cue,
      speaker_name: statement.speaker?.name ?? null,
      speaker_kind: statement.speaker?.kind ?? null,
      speaker_role: statement.speaker?.role ?? null,
      speaker_affiliation: statement.speaker?.affiliation ?? null,
      speaker_mention: statement.speakerMention,
      speaker_resolution: statement.speakerResolution,
      channel: statement.channel,
      confidence: statement.confidence,
      signatory_list_id: statement.signatoryListId,
    })),
    signatoryLists: article.signatoryLists.map((list, position) => ({
      article_id: article.id,
      id: list.id,
      position,
      location: list.location,
      paragraph_index: list.paragraphIndex,
      document: list.document,
      cue: list.cue,
      groups: list.groups,
      statement_ids: list.statementIds,
    })),
    signatories: article.signatoryLists.flatMap((list) =>
      list.signatories.map((signatory, position) => ({
        article_id: article.id,
        list_id: list.id,
        position,
        name: signatory.name,
        surface: signatory.surface,
        kind: signatory.kind,
        country_code: signatory.countryCode,
        group_name: signatory.group,
        relation: signatory.relation,
      })),
    ),
  };
}
