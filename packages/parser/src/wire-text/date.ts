import { ParseError } from '../errors.js';

/** Validates a YYYY-MM-DD date: the day must exist (no 2024-02-30). Returns it unchanged. */
export function validateIsoDate(value: string, fileName: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null)
    throw new ParseError('INVALID_DATE', `${fileName}: "${value}" is not a YYYY-MM-DD date`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!exists)
    throw new ParseError('INVALID_DATE', `${fileName}: ${value} is not a date that exists`);
  return value;
}
