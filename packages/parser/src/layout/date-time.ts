/**
 * Publication times from structured formats (JSON-LD, OpenGraph, ninjs, RSS, Atom) → the
 * record's `publishedAt`: a date-time keeps its time zone offset; one without an offset is cut to
 * its date, since the instant is unknown. A date that does not exist is INVALID_DATE.
 */
import { ParseError } from '../errors.js';
import { validateIsoDate } from '../wire-text/date.js';

const iso =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const rfc822 =
  /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,4}|[+-]\d{4})?$/;
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const zones: Record<string, string> = {
  gmt: 'Z',
  ut: 'Z',
  utc: 'Z',
  z: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
};

function offset(zone: string | undefined): string | undefined {
  if (zone === undefined) return undefined;
  const named = zones[zone.toLowerCase()];
  if (named !== undefined) return named;
  const m = /^([+-]\d{2}):?(\d{2})$/.exec(zone);
  return m === null ? undefined : `${m[1]}:${m[2]}`;
}

function timeOf(h: string, m: string, s: string | undefined, what: string): string {
  if (Number(h) > 23 || Number(m) > 59 || Number(s ?? 0) > 60)
    throw new ParseError('INVALID_DATE', `${what}: ${h}:${m} is not a time of day`);
  return `${h.padStart(2, '0')}:${m}:${s ?? '00'}`;
}

/**
 * Normalises an ISO 8601 or RFC 822 date(-time). Returns null for text that is no date at all
 * (free text in a meta tag); throws INVALID_DATE for a date that does not exist.
 * `what` names the file and field for the message.
 */
export function toPublishedAt(value: string, what: string): string | null {
  const text = value.trim();
  const m = iso.exec(text);
  if (m !== null) {
    const date = validateIsoDate(m[1] ?? '', what);
    const zone = offset(m[5]);
    if (m[2] === undefined || m[3] === undefined || zone === undefined) return date;
    return `${date}T${timeOf(m[2], m[3], m[4], what)}${zone}`;
  }
  const r = rfc822.exec(text);
  if (r === null) return null;
  const month = months.indexOf((r[2] ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  const year = (r[3] ?? '').length === 2 ? `20${r[3]}` : (r[3] ?? '');
  const date = validateIsoDate(
    `${year}-${String(month).padStart(2, '0')}-${(r[1] ?? '').padStart(2, '0')}`,
    what,
  );
  const zone = offset(r[7]);
  if (zone === undefined) return date;
  return `${date}T${timeOf(r[4] ?? '', r[5] ?? '', r[6], what)}${zone}`;
}
