import { maxFileBytes } from '../core/parse/parse-source.js';

/**
 * Reads a stream (standard input) to its end or to the cap, whichever comes first; past the cap it
 * stops reading and says so, so `< /dev/zero` ends at once instead of filling memory.
 */
export async function readAll(stream: NodeJS.ReadableStream, maxBytes = maxFileBytes): Promise<Uint8Array | { tooLarge: number }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > maxBytes) {
      // Leaving the loop ends the iteration, which destroys the stream: the rest stays unread.
      return { tooLarge: total };
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}
