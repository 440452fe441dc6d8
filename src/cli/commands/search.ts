/**
 * `unerased search QUERY`: finds records in any spelling and script, with the reason each
 * matched, facet counts and paging; `--like RECORD` lists the records most like one record.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openArchive } from '../../archive/index.ts';
import { FACET_FIELDS, moreLikeThis, search, searchProjection, type SearchQuery, type SearchResult } from '../../search/index.ts';
import { archivePath } from '../archive-path.ts';

interface SearchOptions {
  born?: string;
  surname?: string;
  given?: string;
  patronymic?: string;
  place?: string;
  nationality?: string;
  sentence?: string;
  arrested?: string;
  source?: string;
  operation?: string;
  exact?: boolean;
  page: string;
  pageSize: string;
  like?: string;
  facets: boolean;
  json?: boolean;
}

function yearRange(text: string): { from?: number; to?: number } {
  const m = /^(\d{4})?(?:\.\.|-)?(\d{4})?$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`--arrested must be a year or a range like 1937..1938, got "${text}"`);
  const single = !text.includes('.') && !text.includes('-');
  return { from: m[1] ? Number(m[1]) : undefined, to: single ? Number(m[1]) : m[2] ? Number(m[2]) : undefined };
}

function toQuery(words: string[], o: SearchOptions): SearchQuery {
  const query: SearchQuery = {
    page: Number(o.page),
    pageSize: Number(o.pageSize),
    exact: o.exact ?? false,
    facets: o.facets,
  };
  if (words.length > 0) query.q = words.join(' ');
  if (o.born) query.born = o.born;
  if (o.surname) query.surname = o.surname;
  if (o.given) query.givenName = o.given;
  if (o.patronymic) query.patronymic = o.patronymic;
  if (o.place) query.place = o.place;
  if (o.nationality) query.nationality = o.nationality;
  if (o.sentence) query.sentence = o.sentence as SearchQuery['sentence'];
  if (o.source) query.source = o.source;
  if (o.operation) query.operation = o.operation;
  if (o.arrested) {
    const { from, to } = yearRange(o.arrested);
    if (from !== undefined) query.arrestedFrom = from;
    if (to !== undefined) query.arrestedTo = to;
  }
  return query;
}

function printResult(result: SearchResult): void {
  const out = process.stdout;
  const understood = Object.entries(result.understood).map(([k, v]) => `${k}=${v}`).join(', ');
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  out.write(`${result.total}${result.truncated ? '+' : ''} record(s)${understood ? ` for ${understood}` : ''} — page ${result.page} of ${pages} (${result.tookMs} ms)\n`);
  result.hits.forEach((hit, i) => {
    const name = [hit.surname, hit.givenName, hit.patronymic].filter(Boolean).join(' ');
    const born = hit.birth ? `, born ${hit.birth}` : '';
    out.write(`\n${(result.page - 1) * result.pageSize + i + 1}. ${name}${born}${hit.place ? `, ${hit.place}` : ''}  score ${hit.score}${hit.synthetic ? '  [SYNTHETIC]' : ''}\n`);
    out.write(`   why: ${hit.explanation || 'matches the filters'}\n`);
    out.write(`   record ${hit.recordId}, source ${hit.sourceId}\n`);
  });
  if (result.facets) {
    out.write('\n');
    for (const field of FACET_FIELDS) {
      const facet = result.facets[field];
      if (facet.values.length === 0) continue;
      out.write(`${field}: ${facet.values.slice(0, 8).map((v) => `${v.value} ${v.count}`).join(', ')}${facet.missing ? `, (none) ${facet.missing}` : ''}\n`);
    }
  }
}

export function register(program: Command): void {
  program
    .command('search')
    .description('find records by name in any spelling or script, with the reason each matched')
    .argument('[query...]', 'free text: names, a birth year ("1898" or "1898~2"), a place — e.g. Jeschow Nikolai 1895')
    .option('--born <year~tolerance>', 'birth year, optionally with a tolerance in years (default 2): 1898~2')
    .option('--surname <text>', 'surname, any script')
    .option('--given <text>', 'given name, any script')
    .option('--patronymic <text>', 'patronymic, any script')
    .option('--place <text>', 'birth place or residence')
    .option('--nationality <key>', 'only this nationality (russian, polish, german, …)')
    .option('--sentence <kind>', 'only this sentence: death, camp or other')
    .option('--arrested <years>', 'only arrests in a year or range: 1937 or 1937..1938')
    .option('--source <id>', 'only records of this source (src_…)')
    .option('--operation <text>', 'only this operation: an NKVD order number (00485) or its name')
    .option('--exact', 'match the surname exactly as spelt')
    .option('--like <record>', 'records most like this record (more like this)')
    .option('--page <n>', 'page number', '1')
    .option('--page-size <n>', 'results per page (at most 100)', '20')
    .option('--no-facets', 'leave out facet counts')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nExamples:\n  unerased search Ежов\n  unerased search Jeschow Nikolai 1895\n  unerased search Kowalski Jan --born 1898~2 --place Minsk\n  unerased search --like rec_… --json')
    .action((words: string[], options: SearchOptions, command: Command) => {
      const path = archivePath(command);
      if (!existsSync(path)) throw new Error(`no archive at ${path} (import records first, or pass --archive)`);
      if (words.length === 0 && !options.like && !options.surname && !options.given && !Object.keys(options).some((k) => ['nationality', 'sentence', 'arrested', 'source', 'operation', 'place', 'born'].includes(k))) {
        throw new Error('give a query (e.g. unerased search Ежов) or a filter; see unerased search --help');
      }
      const archive = openArchive(path, { projections: [searchProjection] });
      try {
        const query = toQuery(words, options);
        const result = options.like
          ? moreLikeThis(archive, options.like, { page: query.page, pageSize: query.pageSize, facets: query.facets })
          : search(archive, query);
        if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else printResult(result);
      } finally {
        archive.close();
      }
    });
}
