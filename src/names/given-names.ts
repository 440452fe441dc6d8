/**
 * Equivalent given names across languages and scripts: Иван = Ivan = Jan = Johann = Juhan =
 * Jānis = Jonas = Ян = Iwan, with diminutives (Ваня) and abbreviations (Ив.). The table lives in
 * ./data/given-names.ts; Cyrillic forms are romanised here (KEY_SCHEMES) so that a Latin spelling
 * of any of them finds the group too.
 */
import { GIVEN_NAME_TABLE, GIVEN_NAME_TABLE_VERSION } from './data/given-names.ts';
import { isCyrillic, normalizeName } from './normalize.ts';
import { keyLatinForms } from './latin-forms.ts';

/** The table format this module reads; refuse anything else rather than misread it. */
const SUPPORTED_TABLE_VERSION = 1;

/** Shortest abbreviation resolved to a name ("Ив." yes; a bare initial "И." is too ambiguous). */
const MIN_ABBREVIATION = 2;
/** Longest text treated as a possible abbreviation when written without a full stop. */
const MAX_BARE_ABBREVIATION = 3;

export interface GivenNameGroup {
  id: string;
  /** The forms as written in the table (normalised), Cyrillic and Latin. */
  forms: readonly string[];
}

interface Index {
  groups: GivenNameGroup[];
  /** Written forms (any script) → group id: these win over romanisations. */
  written: Map<string, string>;
  /** Romanisations of Cyrillic forms → group id (first group in table order wins). */
  romanised: Map<string, string>;
  /** Latin skeletons (latinSkeleton) of every Latin form and romanisation → group id. */
  skeletons: Map<string, string>;
  /** Abbreviation candidates in table order (commonest first): [full form, group id]. */
  prefixable: [string, string][];
}

let index: Index | undefined;

function load(): Index {
  if (index) return index;
  if (GIVEN_NAME_TABLE_VERSION !== SUPPORTED_TABLE_VERSION) {
    throw new Error(`given-name table version ${GIVEN_NAME_TABLE_VERSION} is not supported (expected ${SUPPORTED_TABLE_VERSION})`);
  }
  const groups: GivenNameGroup[] = [];
  const written = new Map<string, string>();
  const romanised = new Map<string, string>();
  const prefixable: [string, string][] = [];
  GIVEN_NAME_TABLE.trim().split('\n').forEach((line, i) => {
    if (line.startsWith('#') || line.trim() === '') return; // comments group the table
    const match = /^\s*([a-z][a-z_]*)\s*:\s*(.+)$/.exec(line);
    if (!match) throw new Error(`src/names/data/given-names.ts: table line ${i + 1}: expected "id: form form …"`);
    const id = match[1]!;
    const forms = match[2]!.split(/\s+/).map((f) => normalizeName(f)).filter((f) => f.length > 0);
    groups.push({ id, forms });
    for (const form of forms) {
      if (!written.has(form)) written.set(form, id);
      prefixable.push([form, id]);
    }
  });
  // Romanisations are added after every written form so that a table entry always wins.
  for (const group of groups) {
    for (const form of group.forms) {
      if (!isCyrillic(form)) continue;
      for (const latin of keyLatinForms(form)) if (!written.has(latin) && !romanised.has(latin)) romanised.set(latin, group.id);
    }
  }
  const skeletons = new Map<string, string>();
  for (const [form, id] of [...written, ...romanised]) {
    if (isCyrillic(form)) continue;
    const skeleton = latinSkeleton(form);
    if (!skeletons.has(skeleton)) skeletons.set(skeleton, id);
  }
  index = { groups, written, romanised, skeletons, prefixable };
  return index;
}

/** The id of the equivalence group of a given name, or undefined when it is not in the table. */
export function givenNameGroup(name: string): string | undefined {
  const { written, romanised, skeletons, prefixable } = load();
  const normal = normalizeName(name);
  if (normal.length === 0) return undefined;
  const direct = written.get(normal) ?? romanised.get(normal) ?? (isCyrillic(normal) ? undefined : latinGroup(skeletons, normal));
  if (direct) return direct;
  const first = normal.split(/[ -]/)[0]!;
  if (first !== normal) {
    const part = written.get(first) ?? romanised.get(first);
    if (part) return part;
  }
  const abbreviated = /\.\s*$/.test(name) || normal.length <= MAX_BARE_ABBREVIATION;
  if (abbreviated && normal.length >= MIN_ABBREVIATION && !normal.includes(' ')) {
    for (const [form, id] of prefixable) if (form.startsWith(normal)) return id;
  }
  return undefined;
}

/** Every group of the table (for the cross-script benchmark and documentation). */
export function givenNameGroups(): readonly GivenNameGroup[] {
  return load().groups;
}

/** True when the name is in the given-name table as written or romanised (not as an abbreviation). */
export function isKnownGivenName(name: string): boolean {
  const { written, romanised } = load();
  const normal = normalizeName(name);
  return written.has(normal) || romanised.has(normal);
}

/**
 * A Latin spelling with the differences between romanisations taken out (w/v, the -ij/-iy/-y
 * endings, j/y before a vowel, doubled letters), so Vasiliy, Wassilij and Vasily meet.
 */
export function latinSkeleton(form: string): string {
  return form
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ks/g, 'x')
    .replace(/^i(?=[aou])/, 'y') // Iurii, Iakov (ALA-LC, ICAO): Yurii, Yakov
    .replace(/(?<=.)j(?=[aeiou])/g, 'y')
    .replace(/(?:iy|ij|ii|yi|yj|ei|ej|ey|y)$/, 'i') // Timofej (scholarly, ISO 9)
    .replace(/i[iy]a$/, 'ia') // Iuliia, Mariya: Yulia, Maria
    .replace(/(.)\1+/g, '$1');
}

/** x after the first letter: х in scholarly spellings (Mixail = Mikhail), read so when x as кс finds no name. */
const INNER_X = /(?<=.)x/g;

function latinGroup(skeletons: Map<string, string>, normal: string): string | undefined {
  const found = skeletons.get(latinSkeleton(normal));
  if (found) return found;
  const asKh = normal.replace(INNER_X, 'kh');
  return asKh === normal ? undefined : skeletons.get(latinSkeleton(asKh));
}
