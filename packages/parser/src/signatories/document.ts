/** Naming what was signed: the object of the cue, or the nearest document noun phrase. */
import { docPhrase } from './patterns.js';

const objectStop =
  /[,.;:]|\s(?:alongside|along with|which|that|who|saying|according|after|before|because|while|as)\s/i;

/** The object after a signing verb: "signed the message, alongside …" → "the message". */
export function objectOf(rest: string): string | null {
  const cut = rest.search(objectStop);
  const words = (cut === -1 ? rest : rest.slice(0, cut)).trim().split(/\s+/).slice(0, 12).join(' ');
  return words === '' ? null : words;
}

/** The last document noun phrase in `text`: "… condemned in a joint statement by" → "a joint statement". */
export function lastDocumentPhrase(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(docPhrase)) last = m[0].trim();
  return last;
}
