/**
 * Short blocks that are page furniture, not article text, recognised by their form rather than by
 * site: stock labels ("Advertisement", "Like this:"), datelines with a clock time, bylines,
 * copyright lines, photo credits and gallery counters, tag and category lines.
 */

const labels =
  /^(?:advertisement|advertising|ad|sponsored( content)?|share( this( article| story)?)?|sharing is caring!?|read more|related( articles| stories)?|continue reading|click here|subscribe|sign up|photo|image|caption|loading\.*|close|print|email|comments?|post (?:a )?comment.*|leave a (?:comment|reply)|read all comments.*|\(?view all\)?|\[ ?read all comments ?\]|like this:?|like loading\.*|back to gallery|by)$/i;
const clockTime = /\b\d{1,2}[:.h]\d{2}\b/;
const year = /\b(?:19|20)\d{2}\b/;
const byline = /^[Bb][Yy]\s+\p{Lu}[^.!?]*$/u;
const copyright = /^(?:copyright\b|©|ⓒ|\(c\)\s)|\bcopyright\s*(?:©|ⓒ|\(c\))/i;
const credit = /^(?:photo|image|picture|credit|source)s?\s*:/i;
const counter = /^(?:image|photo|slide)?\s*\d+\s*(?:of|\/)\s*\/?\s*\d+$/i;
// WordPress appends this to every feed item.
const feedFooter = /^the post .{1,300} appeared first on .{1,120}$/i;
const taxonomy = /^(?:related(?: \w+)?|filed under|tags?|categories|category|topics?)\s*:/i;

/** True for a block that is furniture; `text` is already squashed. */
export function isStockBlock(text: string): boolean {
  if (labels.test(text) || feedFooter.test(text)) return true;
  if (text.length > 120) return false;
  if (counter.test(text) || credit.test(text) || taxonomy.test(text)) return true;
  if (copyright.test(text) || byline.test(text)) return true;
  // "Updated: 18 Nov 2019 9:38 pm": a date with a clock time and no sentence around it.
  return year.test(text) && clockTime.test(text) && !/[.!?]["”’)]?$/.test(text);
}
