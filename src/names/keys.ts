/**
 * Blocking and index keys: what search and linkage store for a name so that every spelling of it,
 * in any script, meets. Cached per distinct string: surnames repeat a lot in 3M records.
 */
import { daitchMokotoff } from './daitch-mokotoff.ts';
import { keyLatinForms, latinForms } from './latin-forms.ts';
import { surnameBase, clearSurnameBaseCache } from './surname-base.ts';
import { givenNameGroup } from './given-names.ts';
import { normalizeName, clearNormalizeCache } from './normalize.ts';
import { patronymicToGivenName } from './patronymic.ts';
import { TRANSLIT_SCHEMES, transliterate } from './transliterate.ts';

/** Distinct strings whose keys are kept in memory (about 100 bytes each). */
const KEY_CACHE_LIMIT = 500_000;

/** Parts of a double surname shorter than this ("de", "ван") are not keyed on their own. */
const MIN_SURNAME_PART = 3;

const surnameCache = new Map<string, string[]>();
const baseCache = new Map<string, string[]>();
const givenCache = new Map<string, string[]>();

/** DM codes of every key Latin form of a text, deduplicated, sorted. */
function dmOfForms(text: string): string[] {
  const codes: string[] = []; // a handful: a list beats a Set here
  for (const form of keyLatinForms(text)) {
    for (const code of daitchMokotoff(form)) if (!codes.includes(code)) codes.push(code);
  }
  return codes.sort();
}

/** The index keys of a surname in any script: DM codes of every Latin form of its base. */
export function surnameKeys(surname: string): string[] {
  const hit = surnameCache.get(surname);
  if (hit) return hit;
  const base = surnameBase(surname);
  // Ежов, Ежова and ЕЖОВ share a base: key it once.
  let keys = baseCache.get(base);
  if (!keys) {
    keys = dmOfForms(base);
    // A double surname (Петров-Водкин, Giter-Granatshtein) is also found by each of its parts.
    const parts = base.includes(' ') || base.includes('-') ? base.split(/[ -]/).filter((p) => p.length >= MIN_SURNAME_PART) : [];
    if (parts.length > 1) keys = [...new Set([...keys, ...parts.flatMap((p) => dmOfForms(p))])].sort();
    if (baseCache.size >= KEY_CACHE_LIMIT) baseCache.clear();
    baseCache.set(base, keys);
  }
  if (surnameCache.size >= KEY_CACHE_LIMIT) surnameCache.clear();
  surnameCache.set(surname, keys);
  return keys;
}

/** The index keys of a given name: its equivalence-group id if known, else its DM codes. */
export function givenNameKeys(name: string): string[] {
  const hit = givenCache.get(name);
  if (hit) return hit;
  const group = givenNameGroup(name);
  const keys = group ? [group] : dmOfForms(name);
  if (givenCache.size >= KEY_CACHE_LIMIT) givenCache.clear();
  givenCache.set(name, keys);
  return keys;
}

/** Empties every per-string cache of the layer (for benchmarks of cold keys; not needed otherwise). */
export function clearNameCaches(): void {
  surnameCache.clear();
  baseCache.clear();
  givenCache.clear();
  clearSurnameBaseCache();
  clearNormalizeCache();
}

/** Everything a name yields, for `unerased names keys` and for debugging a missed match. */
export interface NameKeys {
  input: string;
  normalized: string;
  /** Romanisation per scheme (only for Cyrillic input). */
  transliterations: Record<string, string>;
  latinForms: string[];
  /** DM codes of the name itself (every Latin form). */
  daitchMokotoff: string[];
  surnameBase: string;
  surnameKeys: string[];
  givenNameGroup?: string;
  givenNameKeys: string[];
  /** When the name reads as a patronymic: the father's given name it is made from. */
  patronymicOf?: string;
}

export function nameKeys(text: string): NameKeys {
  const normalized = normalizeName(text);
  const transliterations: Record<string, string> = {};
  if (/[\u0400-\u04ff]/.test(normalized)) {
    for (const scheme of TRANSLIT_SCHEMES) transliterations[scheme] = transliterate(text.trim(), scheme);
  }
  const group = givenNameGroup(text);
  const keys: NameKeys = {
    input: text,
    normalized,
    transliterations,
    latinForms: latinForms(text),
    daitchMokotoff: dmOfForms(text),
    surnameBase: surnameBase(text),
    surnameKeys: surnameKeys(text),
    givenNameKeys: givenNameKeys(text),
  };
  if (group) keys.givenNameGroup = group;
  const father = patronymicToGivenName(text);
  if (father) keys.patronymicOf = father;
  return keys;
}
