/**
 * Windows-1252 decoding that does not depend on the runtime: Node 20's TextDecoder decodes the
 * label as ISO-8859-1, leaving 0x80–0x9F (curly quotes, dashes, €) as C1 control characters.
 * Bytes outside that range are the same in both encodings.
 */

// Unicode code points of 0x80–0x9F; the five unassigned bytes keep their C1 value, as WHATWG says.
const high = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Decodes Windows-1252 (and ISO-8859-1, which the WHATWG Encoding standard maps to it). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const size = 8192;
  for (let start = 0; start < bytes.length; start += size) {
    const codes = Array.from(bytes.subarray(start, start + size), (b) =>
      b >= 0x80 && b <= 0x9f ? (high[b - 0x80] ?? b) : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/**
 * Decodes with `decoder`, except that Windows-1252 (the label ISO-8859-1 maps to as well) goes
 * through decodeWindows1252, since Node 20's decoder reads it as ISO-8859-1. Throws what the
 * decoder throws (a fatal decoder on invalid bytes).
 */
export function decodeWith(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array): string {
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}
