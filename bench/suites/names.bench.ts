/**
 * The names layer: cross-script quality (do all spellings of a surname meet? how often do
 * different surnames meet by accident?) and speed, each beside a baseline measured in the same
 * run — talisman's and Apache Commons Codec's Daitch–Mokotoff (Java, installed here with apt),
 * and the naive key "DM of one romanisation".
 *
 * Real names: surnames of ../shared/data/real/moscow-shooting-lists.csv (Memorial's
 * "Расстрелы в Москве"), read here, never copied into the repository.
 */
import { readFileSync, writeFileSync, mkdtempSync, existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import talismanDM from 'talisman/phonetics/daitch-mokotoff.js';
import {
  daitchMokotoff, surnameKeys, givenNameKeys, surnameBase, givenNameGroup, patronymicToGivenName, givenNameGroups, transliterate, TRANSLIT_SCHEMES, parsePersonName, clearNameCaches, normalizeName,
} from '../../src/names/index.ts';
import { surnameFamilies } from '../../src/names/data/surname-families.ts';
import { KEY_SCHEMES } from '../../src/names/latin-forms.ts';
import { median, table } from '../report.ts';
import { synthesize } from '../../src/synth/index.ts';
import { SHARED_DATA } from '../../test/shared-data.ts';

export const name = 'names';
export const title = 'Names across scripts (keys, Daitch–Mokotoff)';

const MOSCOW = `${SHARED_DATA}/moscow-shooting-lists.csv`;
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
/** Timed repetitions; the median is reported. */
const RUNS = 5;
/** Repetitions of the (short) cold all-keys run. */
const COLD_RUNS = 15;
/** Random pairs of different surnames drawn to estimate accidental meets. */
const ACCIDENTAL_PAIRS = Math.round(200_000 * SCALE);
/** Records in the realistic keying stream (surnames repeat as in a real archive). */
const STREAM_RECORDS = Math.round(1_000_000 * SCALE);
/** SYNTHETIC people for the archive-like stream (about 2 records each, spelled differently). */
const SYNTHETIC_PEOPLE = Math.round(500_000 * SCALE);
const COMMONS_JAR = '/usr/share/java/commons-codec.jar';

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const rate = (x: number) => `${Math.round(x).toLocaleString('en-US')}`;

/** A small deterministic generator, so the sampled pairs are the same every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface MoscowName { surname: string; givenName?: string; patronymic?: string }

function readMoscow(): MoscowName[] {
  const rows = parse(readFileSync(MOSCOW, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true }) as { NAME: string }[];
  return rows.map((r) => parsePersonName(r.NAME)).filter((n): n is MoscowName => typeof n.surname === 'string' && /[\u0400-\u04ff]/.test(n.surname));
}

const meets = (a: readonly string[], b: readonly string[]) => a.some((k) => b.includes(k));

/** The naive key: DM of the Wikipedia romanisation of the name as written. */
const naiveKeys = (s: string) => daitchMokotoff(/[\u0400-\u04ff]/.test(s) ? transliterate(s, 'wikipedia') : s);

function familyQuality(families: string[][], keys: (s: string) => string[]): { pairs: number; met: number; misses: string[] } {
  let pairs = 0;
  let met = 0;
  const misses: string[] = [];
  for (const family of families) {
    for (let i = 0; i < family.length; i++) {
      for (let j = i + 1; j < family.length; j++) {
        pairs++;
        if (meets(keys(family[i]!), keys(family[j]!))) met++;
        else if (misses.length < 8) misses.push(`${family[i]} ~ ${family[j]}`);
      }
    }
  }
  return { pairs, met, misses };
}

function accidental(surnames: string[], keys: (s: string) => string[]): number {
  const next = random(1937);
  let met = 0;
  let drawn = 0;
  while (drawn < ACCIDENTAL_PAIRS) {
    const a = surnames[Math.floor(next() * surnames.length)]!;
    const b = surnames[Math.floor(next() * surnames.length)]!;
    if (surnameBase(a) === surnameBase(b)) continue; // the same name (Ежов/Ежова) is not an accident
    drawn++;
    if (meets(keys(a), keys(b))) met++;
  }
  return met / drawn;
}

/**
 * Seconds of CPU time this process spent since `start`: the machine is shared by several busy
 * processes, so wall-clock time measures the neighbours; Java's side reports thread CPU time too.
 */
function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function timeRate(inputs: readonly string[], encode: (s: string) => unknown): number {
  const rates: number[] = [];
  for (let r = 0; r < RUNS + 1; r++) {
    const t0 = process.cpuUsage();
    for (const s of inputs) encode(s);
    if (r > 0) rates.push(inputs.length / cpuSeconds(t0)); // run 0 warms the JIT
  }
  return median(rates);
}

/** Commons Codec's names/s on the same names (median of RUNS), and its codes; undefined if Java is missing. */
function commonsCodec(names: readonly string[]): { rate: number; codes: string[][] } | undefined {
  if (!existsSync(COMMONS_JAR)) {
    const apt = spawnSync('apt-get', ['install', '-y', 'libcommons-codec-java'], { stdio: 'ignore' });
    if (apt.status !== 0 || !existsSync(COMMONS_JAR)) return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dm-bench-'));
  const source = fileURLToPath(new URL('../java/DmBench.java', import.meta.url));
  try {
    execFileSync('javac', ['-cp', COMMONS_JAR, '-d', dir, source], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  const input = join(dir, 'names.txt');
  const output = join(dir, 'codes.txt');
  writeFileSync(input, `${names.join('\n')}\n`);
  const out = execFileSync('java', ['-cp', `${COMMONS_JAR}:${dir}`, 'DmBench', input, String(RUNS), output], { encoding: 'utf8' });
  const rates = out.trim().split('\n').map((l) => Number(l.split(' ')[2]));
  const codes = readFileSync(output, 'utf8').trimEnd().split('\n').map((l) => l.split('|'));
  return { rate: median(rates), codes };
}

export async function run(): Promise<string> {
  const people = readMoscow();
  const surnames = people.map((p) => p.surname);
  const distinct = [...new Set(surnames)];
  process.stderr.write(`${people.length} names, ${distinct.length} distinct surnames\n`);

  // 1. Quality: hand-collected families, and families generated from real surnames in every scheme.
  const curated = surnameFamilies();
  const generated = distinct.slice(0, Math.round(1000 * SCALE)).map((s) => [...new Set([s, ...TRANSLIT_SCHEMES.map((sc) => transliterate(s, sc))])]);
  const oursCurated = familyQuality(curated, surnameKeys);
  const naiveCurated = familyQuality(curated, naiveKeys);
  const oursGenerated = familyQuality(generated, surnameKeys);
  const naiveGenerated = familyQuality(generated, naiveKeys);
  const oursAccident = accidental(distinct, surnameKeys);
  const naiveAccident = accidental(distinct, naiveKeys);
  const meanKeys = distinct.reduce((n, s) => n + surnameKeys(s).length, 0) / distinct.length;
  const withGiven = people.filter((p) => p.givenName);
  const givenKnown = withGiven.filter((p) => givenNameGroup(p.givenName!) !== undefined).length / withGiven.length;
  const withPatronymic = people.filter((p) => p.patronymic);
  const fatherKnown = withPatronymic.filter((p) => {
    const father = patronymicToGivenName(p.patronymic!);
    return father !== undefined && givenNameGroup(father) !== undefined;
  }).length / withPatronymic.length;

  // 2. Speed of Daitch–Mokotoff alone, on the Wikipedia romanisation of every distinct surname.
  const latin = distinct.map((s) => normalizeName(transliterate(s, 'wikipedia')));
  const repeat = Math.max(1, Math.round((50_000 * SCALE) / latin.length));
  const latinInputs = Array.from({ length: repeat }, () => latin).flat();
  const oursDM = timeRate(latinInputs, daitchMokotoff);
  const talismanRate = timeRate(latinInputs, talismanDM);
  const commons = commonsCodec(latinInputs);
  let agree = 0;
  let superset = 0;
  if (commons) {
    latin.forEach((s, i) => {
      const ours = new Set(daitchMokotoff(s));
      const theirs = commons.codes[i]!;
      if (theirs.length === ours.size && theirs.every((c) => ours.has(c))) agree++;
      if (theirs.every((c) => ours.has(c))) superset++;
    });
  }

  // 3. All keys of a name: cold (every name new to the caches) and on a realistic stream.
  const allKeys = (p: MoscowName) => {
    surnameKeys(p.surname);
    if (p.givenName) givenNameKeys(p.givenName);
  };
  const distinctPeople = [...new Map(people.map((p) => [`${p.surname} ${p.givenName}`, p])).values()];
  const coldRates: number[] = [];
  // More runs here: one run is only ~0.1 s, short enough for the neighbours' bursts to skew it.
  for (let r = 0; r < COLD_RUNS + 1; r++) {
    clearNameCaches();
    const t0 = process.cpuUsage();
    for (const p of distinctPeople) allKeys(p);
    if (r > 0) coldRates.push(distinctPeople.length / cpuSeconds(t0));
  }
  const cold = median(coldRates);
  const next = random(1938);
  const stream = Array.from({ length: STREAM_RECORDS }, () => people[Math.floor(next() * people.length)]!);
  clearNameCaches();
  const t0 = process.cpuUsage();
  for (const p of stream) allKeys(p);
  const streamRate = stream.length / cpuSeconds(t0);

  // An archive-like stream: every record of a SYNTHETIC archive (its own name lists and spellings,
  // many more distinct strings than the Moscow lists), keyed in record order with warm caches.
  const synthetic: { surname: string; givenName?: string }[] = [];
  for (const item of synthesize({ people: SYNTHETIC_PEOPLE, seed: 1937 })) {
    for (const record of item.records) {
      const surname = record.fields.surname;
      if (surname) synthetic.push(record.fields.givenName ? { surname, givenName: record.fields.givenName } : { surname });
    }
  }
  const syntheticDistinct = new Set(synthetic.map((r) => r.surname)).size;
  clearNameCaches();
  const t1 = process.cpuUsage();
  for (const r of synthetic) {
    surnameKeys(r.surname);
    if (r.givenName) givenNameKeys(r.givenName);
  }
  const syntheticRate = synthetic.length / cpuSeconds(t1);

  const quality = table(
    ['measure', 'unerased keys (surnameKeys)', 'baseline: DM of the Wikipedia romanisation'],
    [
      [`hand-collected families (${curated.length} surnames, ${oursCurated.pairs} spelling pairs): pairs that meet`, pct(oursCurated.met / oursCurated.pairs), pct(naiveCurated.met / naiveCurated.pairs)],
      [`real surnames × all ${TRANSLIT_SCHEMES.length} schemes (${generated.length} families, ${oursGenerated.pairs} pairs): pairs that meet`, pct(oursGenerated.met / oursGenerated.pairs), pct(naiveGenerated.met / naiveGenerated.pairs)],
      [`different real surnames (${ACCIDENTAL_PAIRS.toLocaleString('en-US')} random pairs): meet by accident`, pct(oursAccident), pct(naiveAccident)],
      ['keys per surname (mean)', meanKeys.toFixed(2), '–'],
      [`given names of the real records in the equivalence table (${givenNameGroups().length} groups)`, pct(givenKnown), '–'],
      ["patronymics whose father's name is in the table", pct(fatherKnown), '–'],
    ],
  );
  const speed = table(
    ['encoder (same names, same run)', 'names/s of CPU time (median)', 'ratio to Commons Codec'],
    [
      ['unerased `daitchMokotoff` (TypeScript)', rate(oursDM), commons ? `${(oursDM / commons.rate).toFixed(2)} ×` : 'n/a'],
      ['talisman 1.1.4 `daitch-mokotoff` (JavaScript)', rate(talismanRate), commons ? `${(talismanRate / commons.rate).toFixed(2)} ×` : 'n/a'],
      ['Apache Commons Codec `DaitchMokotoffSoundex.soundex` (Java 17, JIT warmed)', commons ? rate(commons.rate) : 'Java or libcommons-codec-java unavailable', commons ? '1.00 ×' : 'n/a'],
    ],
  );
  const keys = table(
    ['all keys of a name (surname keys + given-name keys)', 'names/s of CPU time', 'target'],
    [
      [`cold: ${distinctPeople.length} distinct names, caches emptied before each run (median)`, rate(cold), '100,000'],
      [`stream: ${STREAM_RECORDS.toLocaleString('en-US')} records drawn from the ${people.length} real names (caches warm up as they go)`, rate(streamRate), '100,000'],
      [`SYNTHETIC archive: all ${synthetic.length.toLocaleString('en-US')} records of ${SYNTHETIC_PEOPLE.toLocaleString('en-US')} synthetic people, ${syntheticDistinct.toLocaleString('en-US')} distinct surname spellings (${pct(syntheticDistinct / synthetic.length)} of records)`, rate(syntheticRate), '100,000'],
    ],
  );
  const misses = [...oursCurated.misses, ...oursGenerated.misses];
  return [
    `Real names: ${people.length} people of Memorial's "Расстрелы в Москве" (${distinct.length} distinct surnames). Hand-collected families: \`src/names/data/surname-families.ts\`. Generated families: each surname with its romanisations in every scheme of TRANSLIT_SCHEMES (keys are built from ${KEY_SCHEMES.length} of them, so most of these spellings are out of sample).`,
    '',
    '### Cross-script quality',
    '',
    quality,
    '',
    misses.length ? `Pairs that do not meet (first few): ${misses.join('; ')}.` : 'Every spelling pair met.',
    '',
    '### Daitch–Mokotoff speed',
    '',
    `Rates are per second of CPU time of the measuring process or thread (the machine is shared; wall-clock rates would measure the neighbours). Input: the Wikipedia romanisation of every distinct surname, ${latinInputs.length.toLocaleString('en-US')} encodings a run; warm-up runs first on both sides.`,
    '',
    speed,
    '',
    commons
      ? `Agreement with Commons Codec on the ${latin.length} romanised surnames: identical code sets ${pct(agree / latin.length)}, ours a superset ${pct(superset / latin.length)} (unerased follows PostgreSQL's rules, which also code J and Y as vowels — Commons treats J only as a consonant and Y not as a vowel; the other differences are hyphenated names).`
      : '',
    '',
    '### All keys',
    '',
    keys,
  ].join('\n');
}
