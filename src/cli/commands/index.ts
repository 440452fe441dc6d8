/**
 * Every subcommand, loaded lazily. Each module exports `register(program)`; its entry here names
 * the command, its line in `unerased --help` and how to load it, so that a run loads only the
 * module of the command it runs (every module pulls in whole layers: search, linkage, the web
 * server…). Add one entry for a new command; test/cli/command-list.test.ts checks each entry
 * against what its module registers, so the two cannot drift apart.
 */
import type { Command } from 'commander';

export interface CommandModule {
  register(program: Command): void;
}

export interface CommandEntry {
  /** The top-level command as typed (`unerased NAME …`). */
  name: string;
  /** Its term in the help listing: the name, "[options]" and the arguments, as commander prints them. */
  term: string;
  description: string;
  /** The module that registers it (one module may register several commands). */
  load: () => Promise<CommandModule>;
}

const entity = () => import('./entity.ts');

export const commandEntries: CommandEntry[] = [
  { name: 'init', term: 'init [options]', description: 'create an archive file (the default place, --archive PATH, or $UNERASED_ARCHIVE)', load: () => import('./init.ts') },
  { name: 'import', term: 'import [options] <file>', description: 'import records from a CSV, XLSX, JSONL or text file (one transaction: all good rows or nothing)', load: () => import('./import.ts') },
  { name: 'show', term: 'show [options] <id>', description: 'show a record (rec_…), a source (src_…) or a log entry (its number)', load: () => import('./show.ts') },
  { name: 'log', term: 'log [options] [id]', description: 'the history of a record, source, entity or person (every entry that touched it), or the newest entries', load: () => import('./log.ts') },
  { name: 'export', term: 'export [options] <file>', description: 'write the records to a CSV or JSONL file that import reads back identically', load: () => import('./export.ts') },
  { name: 'verify', term: 'verify [options]', description: 'prove the log is intact: every hash, every link, every payload (and a signed checkpoint)', load: () => import('./verify.ts') },
  { name: 'rebuild', term: 'rebuild [options]', description: 'rebuild every table from the log (they are only ever derived from it)', load: () => import('./rebuild.ts') },
  { name: 'checkpoint', term: 'checkpoint [options]', description: 'print a signed checkpoint of the log head (JSON) for others to keep', load: () => import('./checkpoint.ts') },
  { name: 'sources', term: 'sources [options]', description: 'list the sources (documents cited) with their ids and record counts', load: () => import('./sources.ts') },
  { name: 'redact', term: 'redact [options] <seq>', description: "remove one entry's payload for privacy or legal reasons (its hash and a tombstone stay, visible forever)", load: () => import('./redact.ts') },
  { name: 'synth', term: 'synth [options]', description: 'write a SYNTHETIC archive (fake people, marked synthetic) with ground truth, for tests and benchmarks', load: () => import('./synth.ts') },
  { name: 'search', term: 'search [options] [query...]', description: 'find records by name in any spelling or script, with the reason each matched', load: () => import('./search.ts') },
  { name: 'link', term: 'link [options]', description: 'link records that describe one person (scores learned from the data; uncertain pairs go to review)', load: () => import('./link.ts') },
  { name: 'review', term: 'review', description: 'the review queue: uncertain same-person pairs and family suggestions', load: () => import('./review.ts') },
  { name: 'person', term: 'person', description: 'persons: records judged to describe one human being', load: () => import('./person.ts') },
  { name: 'entity', term: 'entity', description: 'organisations, operations, trials, places, events, artefacts and officials', load: entity },
  { name: 'claims', term: 'claims [options] <id>', description: 'every claim and relation about an entity, each with its source and quote; conflicting ones side by side', load: entity },
  { name: 'claim', term: 'claim', description: 'edit the standing of one claim or relation', load: entity },
  { name: 'reference', term: 'reference', description: 'the reference archive (data/reference): cited entities, claims, relations, Gulag camps', load: entity },
  { name: 'serve', term: 'serve [options]', description: 'serve the archive on the web: search, person and entity pages, statistics, history, and a JSON API (/api/openapi.json)', load: () => import('./serve.ts') },
  { name: 'names', term: 'names', description: 'names in any script: transliteration, phonetic keys, comparison', load: () => import('./names.ts') },
  { name: 'parse', term: 'parse [options] [text...]', description: 'show what the Book-of-Memory parser reads from an entry (name first), a statement, or a text file — nothing is imported', load: () => import('./parse.ts') },
];
