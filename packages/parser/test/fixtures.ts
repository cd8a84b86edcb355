/** Reads the parser's own test fixtures (test/fixtures) and parses them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '@wiredesk/domain';
import { parseArticles } from '../src/index.js';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A fixture's bytes. */
export function fixtureBytes(relative: string): Uint8Array {
  return readFileSync(path.join(fixturesDir, relative));
}

/** Parses a fixture file into its articles. */
export function parseFixture(relative: string): Article[] {
  return parseArticles({
    bytes: fixtureBytes(relative),
    fileName: path.basename(relative),
    ingestedAt: '2024-11-06T12:00:00.000Z',
  });
}
