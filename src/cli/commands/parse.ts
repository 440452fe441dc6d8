/**
 * `unerased parse`: what the Books-of-Memory parser reads from an entry, a statement or a whole
 * text file, without importing anything, so an archivist can check a book before importing it.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { RECORD_FIELDS } from '../../domain/record.ts';
import { parseEntry, parseStatement, summarizeParses, type ParsedEntry, type StatementKind } from '../../ingest/bom/index.ts';

const STATEMENT_KINDS: readonly StatementKind[] = ['arrested', 'sentenced', 'verdict', 'executed', 'died', 'rehabilitated', 'burial'];

interface ParseOptions {
  statement?: string;
  file?: string;
  json?: boolean;
}

function printEntry(entry: ParsedEntry): void {
  const width = Math.max(...Object.keys(entry.fields).map((f) => f.length), 8);
  for (const field of RECORD_FIELDS) {
    const value = entry.fields[field];
    if (!value) continue;
    const norm = value.norm === undefined ? '(kept as text)' : value.norm === value.text ? '' : `→ ${value.norm}`;
    const span = value.span ? `[${value.span[0]}–${value.span[1]})` : '';
    process.stdout.write(`${[field.padEnd(width), value.text, norm, span].filter((part) => part !== '').join('  ')}\n`);
  }
  if (entry.source) process.stdout.write(`${'source'.padEnd(width)}  ${entry.source.text}\n`);
  if (entry.people) process.stdout.write(`people: ${entry.people} (fields are read for the first)\n`);
  for (const fragment of entry.unparsed) process.stdout.write(`unparsed: ${fragment}\n`);
  for (const warning of entry.warnings) process.stdout.write(`warning: ${warning}\n`);
}

/** A file of entries: one per paragraph (blank lines between), or one per line if it has no blank lines. */
function entriesOf(text: string): string[] {
  const normalized = text.replace(/\r\n?/gu, '\n');
  const parts = /\n\s*\n/u.test(normalized) ? normalized.split(/\n\s*\n/u) : normalized.split('\n');
  return parts.map((p) => p.replace(/\s*\n\s*/gu, ' ').trim()).filter((p) => p !== '');
}

export function register(program: Command): void {
  program
    .command('parse')
    .description('show what the Book-of-Memory parser reads from an entry (name first), a statement, or a text file — nothing is imported')
    .argument('[text...]', 'the entry, e.g. "Крон Арнольд Фрицевич — род. 1884, … Рассстрелян 17.05.1938." (or use --file)')
    .option('--statement <kind>', `read one statement without its marker word: ${STATEMENT_KINDS.join(', ')}`)
    .option('--file <file>', 'a UTF-8 text file, one entry per paragraph: print the summary an import would report')
    .option('--json', 'print JSON (with --file: the summary)')
    .action((words: string[], options: ParseOptions) => {
      if (options.statement !== undefined && !STATEMENT_KINDS.includes(options.statement as StatementKind)) {
        throw new Error(`unknown --statement "${options.statement}"; known: ${STATEMENT_KINDS.join(', ')}`);
      }
      if (options.file !== undefined) {
        const entries = entriesOf(readFileSync(options.file, 'utf8')).map((t) =>
          options.statement ? parseStatement(options.statement as StatementKind, t) : parseEntry(t),
        );
        const summary = summarizeParses(entries);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${options.file}: ${summary.entries} entries, ${summary.entriesWithWarnings} with warnings\n\n`);
        process.stdout.write(`${'field'.padEnd(20)} ${'parsed'.padStart(7)} ${'as text'.padStart(8)}\n`);
        for (const f of summary.fields) process.stdout.write(`${f.field.padEnd(20)} ${String(f.parsed).padStart(7)} ${String(f.leftAsText).padStart(8)}\n`);
        if (summary.unparsedFragments.length > 0) process.stdout.write('\ncommonest fragments left unparsed:\n');
        for (const f of summary.unparsedFragments) process.stdout.write(`${String(f.count).padStart(6)}  ${f.example}\n`);
        return;
      }
      const text = words.join(' ').trim();
      if (text === '') throw new Error('give the entry as arguments, or a file with --file');
      const entry = options.statement ? parseStatement(options.statement as StatementKind, text) : parseEntry(text);
      if (options.json) process.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
      else printEntry(entry);
    });
}
