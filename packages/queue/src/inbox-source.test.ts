import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIngestSourceError } from './errors.js';
import { isInside, loadIngestSource, resolveInboxPath } from './inbox-source.js';
import { sha256Hex } from './job-id.js';
import type { InboxIngestJobData } from './jobs.js';

describe('resolveInboxPath', () => {
  it('resolves a nested relative path inside the inbox', () => {
    expect(resolveInboxPath('/data/inbox', 'a/b.txt')).toBe(path.resolve('/data/inbox/a/b.txt'));
  });

  it('rejects paths that climb out or are absolute', () => {
    expect(resolveInboxPath('/data/inbox', '../etc/passwd')).toBeNull();
    expect(resolveInboxPath('/data/inbox', 'a/../../x')).toBeNull();
    expect(resolveInboxPath('/data/inbox', '/etc/passwd')).toBeNull();
  });

  it('does not take a sibling with the same name prefix for the inbox', () => {
    expect(isInside('/data/inbox', '/data/inbox-other/x')).toBe(false);
  });
});

describe('loadIngestSource', () => {
  let root: string;
  let inbox: string;
  const job = (relative: string): InboxIngestJobData => ({
    kind: 'inbox',
    path: relative,
    contentHash: '0'.repeat(64),
    size: 0,
    mtimeMs: 0,
  });

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'wiredesk-source-'));
    inbox = path.join(root, 'inbox');
    await mkdir(inbox);
    await writeFile(path.join(inbox, 'a.txt'), 'hello');
    await writeFile(path.join(root, 'secret.txt'), 'secret');
    await symlink(path.join(root, 'secret.txt'), path.join(inbox, 'escape.txt'));
    await mkdir(path.join(inbox, 'now-a-folder.txt'));
    execFileSync('mkfifo', [path.join(inbox, 'now-a-pipe.txt')]);
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('reads an inbox file and names it by its absolute path', async () => {
    const source = await loadIngestSource(job('a.txt'), { inboxDir: inbox });
    expect(Buffer.from(source.bytes).toString()).toBe('hello');
    expect(source).toMatchObject({ fileName: 'a.txt', uri: path.join(inbox, 'a.txt') });
  });

  it('decodes content jobs', async () => {
    const source = await loadIngestSource(
      {
        kind: 'content',
        fileName: 'x.txt',
        uri: 'cli:x.txt',
        contentHash: '',
        contentBase64: 'aGk=',
      },
      { inboxDir: inbox },
    );
    expect(Buffer.from(source.bytes).toString()).toBe('hi');
  });

  it('rejects a symlink that leads outside the inbox', async () => {
    await expect(loadIngestSource(job('escape.txt'), { inboxDir: inbox })).rejects.toMatchObject({
      code: 'SOURCE_OUTSIDE_INBOX',
    });
  });

  it('reports a file deleted after the scan as SOURCE_MISSING', async () => {
    await expect(loadIngestSource(job('gone.txt'), { inboxDir: inbox })).rejects.toMatchObject({
      code: 'SOURCE_MISSING',
    });
  });

  it('reports a path that became a folder as SOURCE_MISSING', async () => {
    await expect(
      loadIngestSource(job('now-a-folder.txt'), { inboxDir: inbox }),
    ).rejects.toMatchObject({ code: 'SOURCE_MISSING' });
  });

  it('reports a path that became a named pipe as SOURCE_MISSING without waiting for a writer', async () => {
    await expect(
      loadIngestSource(job('now-a-pipe.txt'), { inboxDir: inbox }),
    ).rejects.toMatchObject({ code: 'SOURCE_MISSING' });
  });

  describe('a file rewritten since the scan', () => {
    const scanned = Buffer.from('the article as the scan hashed it');
    // A writer rewriting in place truncates, then writes: a read in between sees part of it.
    const partOfTheNew = Buffer.from('the article as it is being rewri');
    const scannedJob = (relative: string): InboxIngestJobData => ({
      ...job(relative),
      contentHash: sha256Hex(scanned),
      size: scanned.length,
    });

    it('is not read while it may still be being written: a retried SOURCE_CHANGING', async () => {
      await writeFile(path.join(inbox, 'rewriting.txt'), partOfTheNew);
      const error: unknown = await loadIngestSource(scannedJob('rewriting.txt'), {
        inboxDir: inbox,
        settleMs: 60_000,
      }).catch((thrown: unknown) => thrown);
      expect(error).toMatchObject({ code: 'SOURCE_CHANGING' });
      expect(isIngestSourceError(error)).toBe(false);
    });

    it('is read as it is now once it has settled, or when it still holds what was scanned', async () => {
      await writeFile(path.join(inbox, 'rewritten.txt'), partOfTheNew);
      const past = new Date(Date.now() - 120_000);
      await utimes(path.join(inbox, 'rewritten.txt'), past, past);
      const settled = await loadIngestSource(scannedJob('rewritten.txt'), {
        inboxDir: inbox,
        settleMs: 60_000,
      });
      expect(Buffer.from(settled.bytes)).toEqual(partOfTheNew);

      await writeFile(path.join(inbox, 'unchanged.txt'), scanned);
      const fresh = await loadIngestSource(scannedJob('unchanged.txt'), {
        inboxDir: inbox,
        settleMs: 60_000,
      });
      expect(Buffer.from(fresh.bytes)).toEqual(scanned);
    });
  });
});
