/** Dispatches decoded text to its format's reader: each gives layouts with their source ids. */
import type { InputFormat } from '@wiredesk/domain';
import { parseFeed } from './feed/parse-feed.js';
import { parseHtmlPage } from './html/parse-html.js';
import { canonicalText } from './layout/from-blocks.js';
import { parseNinjs } from './ninjs/parse-ninjs.js';
import type { WireLayout } from './wire-text/layout.js';
import { parseWireText } from './wire-text/layout.js';

/** One article's layout, the text its content hash is taken over, and its own source id. */
export interface ReadArticle {
  readonly layout: WireLayout;
  readonly text: string;
  /** The item's stable id (ninjs uri, feed guid / id); null to use the file's. */
  readonly uri: string | null;
}

/** Reads a decoded file of a known format. Throws ParseError. */
export function readFormat(text: string, format: InputFormat, fileName: string): ReadArticle[] {
  const structured = (layout: WireLayout, uri: string | null): ReadArticle => ({
    layout,
    text: canonicalText(layout),
    uri,
  });
  switch (format) {
    case 'WIRE_TEXT':
      // Wire text keeps hashing its whole text, so existing article ids do not change.
      return [{ layout: parseWireText(text, fileName), text, uri: null }];
    case 'HTML':
      return [structured(parseHtmlPage(text, fileName), null)];
    case 'NINJS':
      return parseNinjs(text, fileName).map((a) => structured(a.layout, a.uri));
    case 'RSS':
    case 'ATOM':
      return parseFeed(text, fileName, format).map((a) => structured(a.layout, a.uri));
  }
}
