const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Number of words: runs of letters and digits, with inner apostrophes, periods and hyphens. */
export function countWords(text: string): number {
  return text.match(word)?.length ?? 0;
}
