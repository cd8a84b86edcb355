/**
 * Picks the elements that hold the article body, in the manner of Mozilla Readability: every
 * paragraph votes for its ancestors by its length and commas, scores are damped by link density,
 * and the best container is taken together with siblings that score like it.
 */
import type { Document, Element } from './dom.js';
import { allElements, childElements, classAndId, isTag } from './dom.js';
import { linkDensity, type TextStats } from './stats.js';

const positive =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const negative =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|caption/i;
const paragraphTags = new Set(['p', 'pre', 'td', 'blockquote']);
const blockChildTags = new Set([
  'p',
  'div',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'dl',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

function classWeight(el: Element): number {
  const names = classAndId(el);
  let w = 0;
  if (negative.test(names)) w -= 25;
  if (positive.test(names)) w += 25;
  return w;
}

function baseScore(el: Element): number {
  const byTag: Record<string, number> = {
    article: 10,
    main: 5,
    div: 5,
    section: 3,
    pre: 3,
    td: 3,
    blockquote: 3,
    form: -3,
    ol: -3,
    ul: -3,
    dl: -3,
    li: -3,
    address: -3,
    th: -5,
    h1: -5,
    h2: -5,
    h3: -5,
    h4: -5,
    h5: -5,
    h6: -5,
  };
  return (byTag[el.name] ?? 0) + classWeight(el);
}

// A div with no block children is a paragraph written without <p>.
function isParagraph(el: Element): boolean {
  if (paragraphTags.has(el.name)) return true;
  if (el.name !== 'div') return false;
  return !childElements(el).some((c) => blockChildTags.has(c.name));
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let a = el.parent; a !== null && isTag(a) && a.name !== 'body'; a = a.parent) out.push(a);
  return out;
}

/**
 * An article split into chunks (a paragraph container per ad break) has several containers that
 * score close to the best: their nearest common ancestor is the article.
 */
function widen(top: Element, topScore: number, scores: Map<Element, number>): Element {
  const close = [...scores]
    .filter(([el, score]) => el !== top && score >= topScore * 0.75)
    .map(([el]) => el);
  let common = top;
  for (const other of close) {
    if (ancestors(other).includes(common)) continue; // already inside
    const shared = ancestors(other);
    const meet = [common, ...ancestors(common)].find((a) => shared.includes(a) || a === other);
    if (meet === undefined) return top; // only <body> is shared: two separate regions
    common = meet;
  }
  return common;
}

/** The elements holding the article body, in document order; empty when nothing qualifies. */
export function selectContent(doc: Document, stats: Map<Element, TextStats>): Element[] {
  const scores = new Map<Element, number>();
  for (const el of allElements(doc)) {
    if (!isParagraph(el)) continue;
    const s = stats.get(el);
    if (s === undefined || s.length < 25) continue;
    const vote = 1 + s.commas + Math.min(Math.floor(s.length / 100), 3);
    let ancestor = el.parent;
    for (let level = 0; level < 5 && ancestor !== null && isTag(ancestor); level++) {
      if (ancestor.name === 'body' || ancestor.name === 'html') break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? baseScore(ancestor)) + vote / divider);
      ancestor = ancestor.parent;
    }
  }
  let top: Element | undefined;
  let topScore = -Infinity;
  for (const [el, score] of scores) {
    const final = score * (1 - linkDensity(stats.get(el)));
    scores.set(el, final);
    if (final > topScore) [top, topScore] = [el, final];
  }
  if (top === undefined) return [];
  top = widen(top, topScore, scores);
  const parent = top.parent;
  if (parent === null || !isTag(parent)) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  return childElements(parent).filter((sibling) => {
    if (sibling === top) return true;
    if ((scores.get(sibling) ?? -Infinity) >= threshold) return true;
    if (sibling.name !== 'p') return false;
    const s = stats.get(sibling);
    const density = linkDensity(s);
    const length = s?.length ?? 0;
    return length > 80 && density < 0.25;
  });
}
