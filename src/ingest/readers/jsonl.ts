/**
 * JSON Lines: one JSON object per line, as `unerased export --format jsonl` writes. Blank
 * lines are skipped; a line that is not JSON is reported with its number.
 */
import { createInterface } from 'node:readline';
import type { Encoding } from '../encoding.ts';
import { openText } from './file-source.ts';
import type { InputRow, Reader } from './types.ts';

export function readJsonl(path: string, encoding?: Encoding): Reader {
  const source = openText(path, encoding);
  async function* rows(): AsyncGenerator<InputRow> {
    const lines = createInterface({ input: source.text, crlfDelay: Infinity });
    let line = 0;
    for await (const text of lines) {
      line += 1;
      if (text.trim() === '') continue;
      try {
        yield { kind: 'json', line, value: JSON.parse(text) as unknown };
      } catch (error) {
        yield { kind: 'unreadable', line, reason: `not JSON: ${(error as Error).message}` };
      }
    }
  }
  return { rows: rows(), bytesRead: source.bytesRead, encoding: source.encoding };
}
