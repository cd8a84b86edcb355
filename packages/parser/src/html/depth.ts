/**
 * A cheap upper bound on element nesting, read from the tags before parsing. htmlparser2 slows
 * down quadratically with nesting depth (100,000 nested divs take ~25 s) and the tree walks here
 * recurse, so markup nested absurdly deep is refused before it is parsed.
 */

const tag = /<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g;
// Void elements and those whose end tag is implied by the next sibling never deepen the tree.
const flat = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rt',
  'rp',
]);

/** Largest nesting the tags imply (open minus closed, never below zero). */
export function maxNesting(markup: string): number {
  let depth = 0;
  let max = 0;
  tag.lastIndex = 0;
  for (let m = tag.exec(markup); m !== null; m = tag.exec(markup)) {
    const name = (m[2] ?? '').toLowerCase();
    if (flat.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}
