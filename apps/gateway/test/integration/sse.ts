/** A minimal reader of Yoga's server-sent events for subscription tests. */

/** Reads server-sent events: `opened` once the first (ping) chunk arrived, then the first `next`. */
export function sseReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const readChunk = async () => {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended: ${buffer}`);
    buffer += decoder.decode(value, { stream: true });
  };
  return {
    // Yoga opens with a ping; reading it makes the stream pull, which starts the subscription.
    opened: readChunk,
    async firstNext(): Promise<unknown> {
      try {
        for (;;) {
          for (const block of buffer.split('\n\n').slice(0, -1)) {
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (/^event: next$/m.test(block) && data !== undefined) return JSON.parse(data);
          }
          await readChunk();
        }
      } finally {
        await reader.cancel();
      }
    },
  };
}
