/**
 * Opening an input file as a decoded text stream, counting the bytes read for the progress bar.
 */
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { decoder, detectEncoding, SAMPLE_BYTES, type Encoding } from '../encoding.ts';

export interface TextSource {
  text: Readable;
  encoding: Encoding;
  bytesRead(): number;
}

export function readSample(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const n = readSync(fd, buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The file as text, in `encoding` or the one detected from its first bytes. */
export function openText(path: string, encoding?: Encoding): TextSource {
  const chosen = encoding ?? detectEncoding(path, readSample(path));
  const bytes = createReadStream(path, { highWaterMark: 256 * 1024 });
  let read = 0;
  bytes.on('data', (chunk) => {
    read += chunk.length;
  });
  const text = bytes.pipe(decoder(path, chosen));
  bytes.on('error', (error) => text.destroy(error));
  return { text, encoding: chosen, bytesRead: () => read };
}
