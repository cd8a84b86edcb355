import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract.js';

const sentence = (n: number) =>
  `Sentence number ${n} of the story says that the council, after a long debate, voted to rebuild the bridge.`;
const body = [1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join('');

function texts(html: string, fragment = false): string[] {
  return extractHtml(html, { fragment }).blocks.map((b) => `${b.kind[0] ?? ''}:${b.text}`);
}

describe('extractHtml main text', () => {
  it('keeps headings and paragraphs in document order', () => {
    const html = `<html><body><article><p>${sentence(1)}</p><h2>Reactions</h2><p>${sentence(2)}</p><p>${sentence(3)}</p></article></body></html>`;
    expect(texts(html)).toEqual([
      `P:${sentence(1)}`,
      'H:Reactions',
      `P:${sentence(2)}`,
      `P:${sentence(3)}`,
    ]);
  });

  it('picks the article container over navigation and sidebars', () => {
    const html = `<html><body><div class="menu"><a href="/">Home</a> <a href="/w">World</a></div>
      <div class="main"><div class="story">${body}</div></div>
      <div class="rail"><p>Most read: <a href="/x">Another story about the city council and a bridge</a></p></div></body></html>`;
    expect(texts(html)).toEqual([1, 2, 3, 4].map((n) => `P:${sentence(n)}`));
  });

  it('joins an article split into chunks by ad slots', () => {
    const chunk = (a: number, b: number) =>
      `<div class="chunk"><div class="body">${[a, b].map((n) => `<p>${sentence(n)}, ${sentence(n)}</p>`).join('')}</div></div>`;
    const html = `<html><body><main>${chunk(1, 2)}<div class="ad-slot">Advertisement</div>${chunk(3, 4)}</main></body></html>`;
    expect(texts(html)).toHaveLength(4);
  });

  it('keeps a single <br> inside the paragraph and splits on two', () => {
    const html = `<div>First line<br>same paragraph<br><br>Second paragraph</div>`;
    expect(texts(html, true)).toEqual(['P:First line same paragraph', 'P:Second paragraph']);
  });

  it('drops lists of links, datelines, bylines, stock labels and feed footers', () => {
    const html = `<article><p>By Jane Doe</p><p>Updated: 18 Nov 2019 9:38 pm</p>${body}
      <ul><li><a href="/a">Another story entirely</a></li><li><a href="/b">And one more story</a></li></ul>
      <p>Advertisement</p><p>Photo: Jane Doe, AP</p>
      <p>The post <a href="/x">Council votes on bridge</a> appeared first on <a href="/">Daily</a>.</p></article>`;
    expect(texts(html, true)).toEqual([1, 2, 3, 4].map((n) => `P:${sentence(n)}`));
  });

  it('does not let a boilerplate class name remove the element that holds the article', () => {
    const html = `<html><body><div class="page-ad-margins"><article>${body}</article></div><div class="ad">Buy now</div></body></html>`;
    expect(texts(html)).toHaveLength(4);
  });

  it('never emits script, style or JSON-LD text', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge"}</script></head>
      <body><style>p { color: red }</style><article>${body}<script>var a = "not text";</script></article></body></html>`;
    const out = texts(html).join(' ');
    expect(out).not.toMatch(/color|not text|NewsArticle/);
  });
});

describe('extractHtml metadata', () => {
  it('reads JSON-LD inside @graph before OpenGraph', () => {
    const html = `<html lang="de"><head><meta property="og:title" content="OG title">
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"LD title","datePublished":"2019-11-19T13:03:00-05:00","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Reuters"}],"publisher":{"name":"Daily"},"articleSection":"World"}]}</script>
      </head><body>${body}</body></html>`;
    const { metadata } = extractHtml(html);
    expect(metadata).toMatchObject({
      headline: 'LD title',
      datePublished: '2019-11-19T13:03:00-05:00',
      authors: ['Jane Doe'],
      publishers: ['Reuters', 'Daily'],
      section: 'World',
      language: 'de',
    });
  });

  it('cuts the site name from a title', () => {
    const html = `<html><head><title>Bridge reopens | Daily Post</title>
      <meta property="og:site_name" content="Daily Post"></head><body>${body}</body></html>`;
    expect(extractHtml(html).metadata.headline).toBe('Bridge reopens');
  });

  it('falls back to meta tags when the JSON-LD is broken', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script>
      <meta property="og:title" content="OG title"><meta property="article:published_time" content="2019-11-19">
      <meta name="author" content="Jane Doe"></head><body>${body}</body></html>`;
    const { metadata } = extractHtml(html);
    expect([metadata.headline, metadata.datePublished, metadata.authors]).toEqual([
      'OG title',
      '2019-11-19',
      ['Jane Doe'],
    ]);
  });
});
