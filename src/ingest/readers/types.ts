/**
 * What every reader yields: numbered rows of cells (tables), JSON values (JSONL) or entries of
 * free text, and rows it could not read, each with the line where it starts.
 */
export type InputRow =
  | { kind: 'cells'; line: number; cells: string[] }
  | { kind: 'json'; line: number; value: unknown }
  | { kind: 'text'; line: number; text: string }
  | { kind: 'unreadable'; line: number; reason: string };

export interface Reader {
  /** Rows in file order; for tables the first is the header row. */
  rows: AsyncIterable<InputRow>;
  /** Bytes of the file read so far (for progress). */
  bytesRead(): number;
  /** The encoding used (tables and text), for the summary. */
  encoding?: string;
}
