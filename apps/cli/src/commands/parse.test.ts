import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Article } from '@wiredesk/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli, seedFile } from '../../test/run-cli.js';

describe('wiredesk parse', () => {
  let dir: string;
  let png: string;
  let empty: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wiredesk-parse-'));
    png = path.join(dir, 'photo.txt');
    empty = path.join(dir, 'empty.txt');
    await writeFile(
      png,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    await writeFile(empty, '');
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('prints the seed as one line {file, article} with statements and signatory lists', async () => {
    const { exitCode, stdout } = await runCli(['parse', seedFile]);
    expect(exitCode).toBe(0);
    const lines = jsonLines(stdout) as { file: string; article: unknown }[];
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0] ?? {})).toEqual(['file', 'article']);
    expect(lines[0]?.file).toBe(seedFile);
    const article = Article.parse(lines[0]?.article);
    expect(article.headline).toBe(
      'Ukrainian troops have had their first skirmish with North Korean troops, Kyiv says.',
    );
    expect(article.source.uri).toBe(seedFile);
  });

  it('prints {file, error: {code, message}} for bad files and exits 1 when every file failed', async () => {
    const { exitCode, stdout } = await runCli(['parse', png, empty]);
    expect(exitCode).toBe(1);
    const lines = jsonLines(stdout) as { file: string; error: { code: string; message: string } }[];
    expect(lines.map((line) => [line.file, line.error.code])).toEqual([
      [png, 'NOT_TEXT'],
      [empty, 'EMPTY'],
    ]);
    expect(
      lines.every((line) => Object.keys(line).join() === 'file,error' && line.error.message !== ''),
    ).toBe(true);
  });

  it('exits 0 when at least one file parsed', async () => {
    const { exitCode, stdout } = await runCli(['parse', png, seedFile]);
    expect(exitCode).toBe(0);
    expect(jsonLines(stdout)).toHaveLength(2);
  });

  it('expands a directory argument to its files, in name order', async () => {
    const { stdout } = await runCli(['parse', dir]);
    expect((jsonLines(stdout) as { file: string }[]).map((line) => line.file)).toEqual([
      empty,
      png,
    ]);
  });

  it('reports a path that does not exist as SOURCE_MISSING', async () => {
    const missing = path.join(dir, 'nope.txt');
    const { exitCode, stdout } = await runCli(['parse', missing]);
    expect(exitCode).toBe(1);
    expect(jsonLines(stdout)).toEqual([
      { file: missing, error: { code: 'SOURCE_MISSING', message: `${missing} does not exist` } },
    ]);
  });
});
