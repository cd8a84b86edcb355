/**
 * Wire datelines that open a lede: "KYIV, Nov 8 (Reuters) - ", "WASHINGTON (AP) — ",
 * "BRUSSELS — ", "Kyiv, Ukraine (dpa) – ". They say where the story was filed, not what anyone
 * said, so a report that opens the paragraph starts after them.
 */

// An upper-case place ("NEW YORK", "ST. LOUIS"), or any capitalised place when an agency in
// parentheses follows; then optional ", Region" / ", Nov 8" parts; then a dash.
const capsPlace = String.raw`\p{Lu}[\p{Lu}.'’ -]{2,40}?`;
const anyPlace = String.raw`\p{Lu}[\p{L}.'’ -]{1,40}?`;
const parts = String.raw`(?:,\s*[\p{L}\p{N}.'’ ]{1,30}?)*`;
const agency = String.raw`\s*\([^()\n]{1,40}\)`;
const dash = String.raw`\s*(?:--|[-–—])\s+(?=\S)`;
const dateline = new RegExp(
  String.raw`^(?:${capsPlace}${parts}(?:${agency})?|${anyPlace}${parts}${agency})${dash}`,
  'u',
);

/** The length of the dateline opening `paragraph`, or 0 when it has none. */
export function datelineLength(paragraph: string): number {
  // Every dateline has a dash within its first 80 characters; most paragraphs have none.
  const head = paragraph.slice(0, 80);
  if (!/[-–—]/.test(head)) return 0;
  return dateline.exec(paragraph)?.[0].length ?? 0;
}
