/** Turns command-line paths into files: a directory expands to the files below it, sorted. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A path the user gave, or one found below a directory they gave. */
export interface InputFile {
  /** As it will be printed: the argument itself, or argument/relative/path for expanded ones. */
  file: string;
  /** Set when the path cannot be read at all (missing, permission). */
  error?: { code: string; message: string };
}

export async function expandPaths(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      files.push({ file: given, error: describeFsError(error, given) });
      continue;
    }
    if (info.isDirectory()) files.push(...(await listFiles(given)));
    else files.push({ file: given });
  }
  return files;
}

async function listFiles(dir: string): Promise<InputFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: InputFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile() || entry.isSymbolicLink()) files.push({ file: full });
  }
  return files;
}

/** A file-system error as a coded failure. */
export function describeFsError(error: unknown, file: string): { code: string; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return { code: 'SOURCE_MISSING', message: `${file} does not exist` };
  if (code === 'EISDIR') return { code: 'UNREADABLE', message: `${file} is a directory` };
  return { code: 'UNREADABLE', message: error instanceof Error ? error.message : String(error) };
}
