/**
 * The synthetic archive in memory: people drawn from the nationality tables, each written into
 * one to several sources. Deterministic for a seed. Streams (a generator) so that millions of
 * records never have to sit in memory at once; `generateSynthetic` collects them for tests
 * and for the linkage layer's ground truth.
 */
import type { RecordData, RecordFields, SourceData } from '../domain/record.ts';
import { createRandom, type Random } from './random.ts';
import { drawPerson, type SyntheticPerson } from './person.ts';
import { SOURCE_STYLES, renderRecord, type SourceStyle } from './sources.ts';

/** How many sources describe one person: most people are in one or two. */
export const RECORDS_PER_PERSON: Readonly<Record<'1' | '2' | '3' | '4', number>> = { '1': 0.35, '2': 0.35, '3': 0.2, '4': 0.1 };

/** Bumped whenever the same seed would give different records. */
export const SYNTH_VERSION = 2;

export interface SynthOptions {
  people: number;
  seed: number;
}

export interface SyntheticRecord {
  /** Stable key: source code and entry number, also the record's locator ("S3 #1207"). */
  key: string;
  /** Ground truth: the person this record describes (never part of the record itself). */
  personId: number;
  sourceCode: string;
  /** The fields as the source writes them (text only; normalising is the importer's job). */
  fields: Record<string, string>;
}

export interface SyntheticSource {
  code: string;
  data: SourceData;
}

/** The synthetic sources, each marked synthetic in kind, flag and citation. */
export function syntheticSources(): SyntheticSource[] {
  return SOURCE_STYLES.map((style) => ({
    code: style.code,
    data: { citation: style.citation, kind: 'synthetic', detail: `unerased synth v${SYNTH_VERSION}, source ${style.code}`, synthetic: true },
  }));
}

function chooseSources(person: SyntheticPerson, random: Random): SourceStyle[] {
  const wanted = Number(random.weighted(RECORDS_PER_PERSON));
  const open = SOURCE_STYLES.filter((s) => !s.executedOnly || person.sentence === 'death');
  const chosen: SourceStyle[] = [];
  while (chosen.length < wanted && open.length > 0) {
    const total = open.reduce((sum, s) => sum + weightFor(s, person), 0);
    let target = random.next() * total;
    let index = 0;
    for (; index < open.length - 1; index++) {
      target -= weightFor(open[index]!, person);
      if (target < 0) break;
    }
    chosen.push(open[index]!);
    open.splice(index, 1);
  }
  return chosen;
}

/** Polish and German lists mostly hold their own people. */
function weightFor(style: SourceStyle, person: SyntheticPerson): number {
  if (style.script === 'polish') return person.nationality.key === 'polish' ? 6 : 0.3;
  if (style.script === 'german') return person.nationality.key === 'german' ? 6 : 0.3;
  return style.weight;
}

/** Yields the people and their records, person by person. */
export function* synthesize(options: SynthOptions): Generator<{ person: SyntheticPerson; records: SyntheticRecord[] }> {
  if (!Number.isInteger(options.people) || options.people < 0) throw new Error(`people must be a whole number ≥ 0, got ${options.people}`);
  const random = createRandom(options.seed);
  const entryNumbers = new Map<string, number>(SOURCE_STYLES.map((s) => [s.code, 0]));
  for (let id = 1; id <= options.people; id++) {
    const person = drawPerson(random, id);
    const records: SyntheticRecord[] = [];
    for (const style of chooseSources(person, random)) {
      const entry = entryNumbers.get(style.code)! + 1;
      entryNumbers.set(style.code, entry);
      records.push({ key: `${style.code} #${entry}`, personId: id, sourceCode: style.code, fields: renderRecord(person, style, random) });
    }
    yield { person, records };
  }
}

export interface SyntheticArchive {
  sources: SyntheticSource[];
  people: SyntheticPerson[];
  records: SyntheticRecord[];
  /** record key → person id */
  truth: Map<string, number>;
}

/** The whole synthetic archive in memory (for tests, linkage F1 and benchmarks). */
export function generateSynthetic(options: SynthOptions): SyntheticArchive {
  const people: SyntheticPerson[] = [];
  const records: SyntheticRecord[] = [];
  const truth = new Map<string, number>();
  for (const item of synthesize(options)) {
    people.push(item.person);
    for (const record of item.records) {
      records.push(record);
      truth.set(record.key, record.personId);
    }
  }
  return { sources: syntheticSources(), people, records, truth };
}

/** A synthetic record as the archive stores it: every field as text, the locator its key. */
export function toRecordData(record: SyntheticRecord, sourceId: string): RecordData {
  const fields: RecordFields = {};
  for (const [name, text] of Object.entries(record.fields)) (fields as Record<string, { text: string }>)[name] = { text };
  return { sourceId, locator: record.key, fields, synthetic: true };
}
