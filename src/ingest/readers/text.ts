/**
 * Plain text, one Book-of-Memory entry per paragraph (paragraphs are separated by blank
 * lines), the name first, as the printed volumes run. Lines inside a paragraph are joined by
 * a space.
 */
import { createInterface } from 'node:readline';
import type { Encoding } from '../encoding.ts';
import { openText } from './file-source.ts';
import type { InputRow, Reader } from './types.ts';

export function readText(path: string, encoding?: Encoding): Reader {
  const source = openText(path, encoding);
  async function* rows(): AsyncGenerator<InputRow> {
    const lines = createInterface({ input: source.text, crlfDelay: Infinity });
    let line = 0;
    let start = 0;
    let paragraph: string[] = [];
    for await (const text of lines) {
      line += 1;
      if (text.trim() === '') {
        if (paragraph.length > 0) yield { kind: 'text', line: start, text: paragraph.join(' ') };
        paragraph = [];
        continue;
      }
      if (paragraph.length === 0) start = line;
      paragraph.push(text.trim());
    }
    if (paragraph.length > 0) yield { kind: 'text', line: start, text: paragraph.join(' ') };
  }
  return { rows: rows(), bytesRead: source.bytesRead, encoding: source.encoding };
}
