/**
 * Leftovers of web embeds that reach wire text ("<title> To view this video please enable
 * JavaScript…"). Kept as data: each pattern says which embed kind it stands for.
 */
import type { EmbedKind } from '@wiredesk/domain';

export interface BoilerplatePattern {
  readonly kind: EmbedKind;
  /** The boilerplate sentence, matched case-insensitively with flexible white space. */
  readonly text: string;
}

export const boilerplatePatterns: readonly BoilerplatePattern[] = [
  {
    kind: 'VIDEO',
    text: 'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video',
  },
  {
    kind: 'AUDIO',
    text: 'To listen to this audio please enable JavaScript, and consider upgrading to a web browser that supports HTML5 audio',
  },
];

export interface BoilerplateMatch {
  readonly kind: EmbedKind;
  /** The embed's title: the words before the boilerplate; null when there are none. */
  readonly title: string | null;
  /** The boilerplate as it stands in the text. */
  readonly boilerplate: string;
}

const compiled = boilerplatePatterns.map((p) => ({
  kind: p.kind,
  regex: new RegExp(`^(.*?)\\s*(${p.text.split(/\s+/).map(escape).join('\\s+')}\\.?)$`, 'is'),
}));

const mentionsJavaScript = /javascript/i;
if (!boilerplatePatterns.every((p) => mentionsJavaScript.test(p.text)))
  throw new Error(
    'every boilerplate pattern must name JavaScript (matchBoilerplate skips blocks that do not)',
  );

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The embed a block is the leftover of, or undefined for ordinary text. */
export function matchBoilerplate(block: string): BoilerplateMatch | undefined {
  // Every pattern names JavaScript; the lazy `^(.*?)` patterns are tried only on blocks that do.
  if (!mentionsJavaScript.test(block)) return undefined;
  for (const { kind, regex } of compiled) {
    const m = regex.exec(block);
    if (m === null) continue;
    const title = (m[1] ?? '').trim();
    return { kind, title: title === '' ? null : title, boilerplate: m[2] ?? '' };
  }
  return undefined;
}
