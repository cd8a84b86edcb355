/**
 * Removes what never belongs to an article before any scoring: scripts, styles, forms, hidden
 * elements, navigation, and elements whose class or id names boilerplate (comments, share bars,
 * related links, ads, cookie banners, newsletters).
 */
import type { ChildNode, ParentNode } from 'domhandler';
import type { Document, Element } from './dom.js';
import { classAndId, isTag } from './dom.js';
import { textStats } from './stats.js';

const junkTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'link',
  'meta',
  'head',
  'figure',
  'figcaption',
  'picture',
  'video',
  'audio',
  'map',
  'dialog',
]);

const unlikely =
  /-ad-|^ad-|\bads?\b|advert|ai2html|banner|breadcrumb|byline|dateline|combx|comment|community|consent|cookie|disqus|extra|footer|gdpr|header|legends|menu|modal|newsletter|outbrain|pagination|pager|paywall|popup|promo|recirc|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|supplemental|taboola|teaser|toolbar|trending|widget|yom-remote/i;
const maybe = /and|article|body|column|content|main|shadow|story|text|post/i;
const keepTags = new Set(['html', 'body', 'article', 'main']);

function isHidden(el: Element): boolean {
  const style = el.attribs.style ?? '';
  return (
    el.attribs.hidden !== undefined ||
    el.attribs['aria-hidden'] === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
  );
}

function isJunk(el: Element, holdsArticle: (el: Element) => boolean): boolean {
  if (junkTags.has(el.name)) return true;
  // Names and hiding are only hints: a wrapper that holds most of the page's paragraphs stays
  // ("Page-ad-margins" around a whole article, a collapsed "read more" body).
  if (holdsArticle(el)) return false;
  if (isHidden(el)) return true;
  const role = el.attribs.role ?? '';
  if (/^(?:navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|search)$/.test(role))
    return true;
  if (keepTags.has(el.name)) return false;
  const names = classAndId(el);
  return unlikely.test(names) && !maybe.test(names);
}

/** Removes boilerplate elements in place. */
export function removeBoilerplate(doc: Document): void {
  const stats = textStats(doc);
  let total = 0;
  for (const child of doc.children)
    if (isTag(child)) total += stats.get(child)?.paragraphLength ?? 0;
  const holdsArticle = (el: Element): boolean =>
    (stats.get(el)?.paragraphLength ?? 0) > 0.4 * total;
  // One walk that drops junk subtrees without visiting them; children arrays are rebuilt once.
  const visit = (parent: ParentNode): void => {
    const kept: ChildNode[] = [];
    for (const child of parent.children) {
      if (isTag(child) && isJunk(child, holdsArticle)) continue;
      if (isTag(child)) visit(child);
      kept.push(child);
    }
    if (kept.length === parent.children.length) return;
    kept.forEach((node, i) => {
      node.prev = kept[i - 1] ?? null;
      node.next = kept[i + 1] ?? null;
    });
    parent.children = kept;
  };
  visit(doc);
}
