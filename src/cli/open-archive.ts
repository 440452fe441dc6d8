/**
 * How the archive commands open the archive: with the projections of the upper layers (the
 * search index), so an import files every record for search in the same transaction, and
 * with a clear error when a command that only reads finds no archive.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openArchive, type Archive } from '../archive/index.ts';
import { searchProjection } from '../search/index.ts';
import { archivePath } from './archive-path.ts';

/** Opens (creating if `create`) the archive the command names. */
export function openCommandArchive(command: Command, options: { create?: boolean } = {}): Archive {
  const path = archivePath(command);
  if (!options.create && !existsSync(path)) throw new Error(`no archive at ${path} (run unerased init, or pass --archive PATH)`);
  return openArchive(path, { projections: [searchProjection] });
}

/** Runs `fn` with the archive open, closing it afterwards. */
export async function withCommandArchive<T>(command: Command, fn: (archive: Archive) => T | Promise<T>, options: { create?: boolean } = {}): Promise<T> {
  const archive = openCommandArchive(command, options);
  try {
    return await fn(archive);
  } finally {
    archive.close();
  }
}

/** Prints `value` as indented JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
