/**
 * The character set a document declares for itself: an XML declaration's `encoding`, or an HTML
 * `<meta charset>` / `http-equiv="Content-Type"` tag within the first 1024 bytes (where the HTML
 * standard looks for it). Used only when the bytes are not valid UTF-8.
 */

const xmlDeclaration = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;
const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i;
const sniffLength = 1024;

/**
 * A TextDecoder for the declared encoding, or undefined when none is declared or the label is
 * unknown. UTF-16 and UTF-8 labels are ignored: they need a BOM or valid bytes, checked elsewhere.
 */
export function declaredDecoder(bytes: Uint8Array): InstanceType<typeof TextDecoder> | undefined {
  // Latin-1 maps each byte to one character, so ASCII markup reads the same in any of these.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, sniffLength));
  const label = xmlDeclaration.exec(head)?.[1] ?? metaCharset.exec(head)?.[1];
  if (label === undefined) return undefined;
  try {
    const decoder = new TextDecoder(label);
    return /^utf-(?:8|16)/.test(decoder.encoding) ? undefined : decoder;
  } catch {
    return undefined; // a label the platform does not know
  }
}
