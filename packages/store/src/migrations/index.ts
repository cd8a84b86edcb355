/**
 * Migrations listed in code, not scanned from disk, so they run the same from src/, dist/ and a
 * Docker image. Names sort in the order they must run.
 */
import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial.js';
import { filterIndexes } from './002-filter-indexes.js';
import { searchStorage } from './003-search-storage.js';
import { searchInline } from './004_search-inline.js';
import { cheaperWrites } from './005-cheaper-writes.js';

const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-filter-indexes': filterIndexes,
  '003-search-storage': searchStorage,
  '004_search-inline': searchInline,
  '005-cheaper-writes': cheaperWrites,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
