/**
 * The credits line that closes a wire story: author initials, then agencies in parentheses —
 * `rc/wmr (dpa,Reuters)`, `ab/xy (AP, AFP)`, `(Reuters)`.
 */
import type { Credits } from '@wiredesk/domain';

const creditsLine = /^(?:([\p{L}]{1,8}(?:\s*\/\s*[\p{L}]{1,8})*)\s*)?\(\s*([^()]{1,120}?)\s*\)$/u;
const authorsOnly = /^([\p{Ll}]{1,6}(?:\/[\p{Ll}]{1,6})+)$/u;
const agencyName = /^[\p{L}][\p{L}\p{N}&.' -]{0,40}$/u;

/** The credits a line holds, or undefined when it is not a credits line. */
export function parseCredits(line: string): Credits | undefined {
  const text = line.trim();
  if (text.length > 140 || text.includes('\n')) return undefined;
  const onlyAuthors = authorsOnly.exec(text);
  if (onlyAuthors !== null) return { authors: splitAuthors(onlyAuthors[1] ?? ''), agencies: [] };
  const m = creditsLine.exec(text);
  if (m === null) return undefined;
  const agencies = (m[2] ?? '')
    .split(/\s*[,;/]\s*|\s+and\s+/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
  if (agencies.length === 0 || !agencies.every((a) => agencyName.test(a))) return undefined;
  return { authors: splitAuthors(m[1] ?? ''), agencies };
}

function splitAuthors(initials: string): string[] {
  return initials
    .split('/')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}
