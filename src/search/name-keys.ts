/**
 * The names layer as search uses it: one place that maps a name to its index keys and its
 * comparable forms, so the rest of search never reaches into the names layer's files.
 */
import { compareNames, conventionSkeletons, daitchMokotoff, givenNameGroup, givenNameGroups, givenNameKeys, isCyrillic, keyLatinForms, normalizeName, patronymicToGivenName, surnameBase, surnameKeys, transliterate } from '../names/index.ts';

import { memo } from './memo.ts';

export { surnameKeys, givenNameKeys, givenNameGroup, normalizeName, surnameBase };

/** Patronymic endings in Russian and in the romanisations and Polish/German spellings of it. */
const PATRONYMIC_ENDING = /(ovich|evich|ovitch|evitch|owitsch|ewitsch|owicz|ewicz|ovič|evič|ovna|evna|owna|ewna|ichna|itschna|iczna|ich|itsch|icz|ič|ович|евич|ёвич|овна|евна|ёвна|ична|инична|ич)$/;

/** Ukrainian feminine patronymics (Антонівна, Antonivna, Оскаривна), which the Russian endings miss. */
const UKRAINIAN_FEMININE_ENDING = /(ivna|iwna|івна|ївна|ивна)$/;
/**
 * German given names end like a short patronymic (Heinrich, Friedrich, Gajnrich, Ulrich); a
 * patronymic in -rich would be a father's name in -r, which Russian patronymics never shorten so.
 */
const GERMAN_GIVEN_ENDING = /rich$/;

/**
 * True when a word looks like a patronymic (Николаевич, Nikolaevna, Mikołajewicz, Антонівна).
 * The short ones have five letters (Ильич, Ilicz, Фомич).
 */
export function looksLikePatronymic(word: string): boolean {
  const n = normalizeName(word);
  if (n.length < 5 || GERMAN_GIVEN_ENDING.test(n)) return false;
  return PATRONYMIC_ENDING.test(n) || UKRAINIAN_FEMININE_ENDING.test(n);
}

/** The father's name a patronymic is made from, roughly: Николаевич → никола, Iwanowicz → iwan. */
export function patronymicStem(patronymic: string): string {
  return normalizeName(patronymic).replace(PATRONYMIC_ENDING, '');
}

const patronymicCache = new Map<string, string[]>();
/** Cached distinct strings (patronymics repeat a lot). */
const PATRONYMIC_CACHE_LIMIT = 200_000;

/** Keys of a patronymic: the keys of the father's given name (its group, or its DM codes). */
export function patronymicKeys(patronymic: string): string[] {
  const hit = patronymicCache.get(patronymic);
  if (hit) return hit;
  const father = patronymicToGivenName(patronymic);
  let keys: string[] = [];
  if (father) keys = givenNameKeys(father);
  else {
    const stem = patronymicStem(patronymic);
    if (stem.length >= 2) keys = givenNameKeys(stem);
  }
  if (patronymicCache.size >= PATRONYMIC_CACHE_LIMIT) patronymicCache.clear();
  patronymicCache.set(patronymic, keys);
  return keys;
}

/** One Latin spelling of a surname's base, for edit-distance comparison across scripts (remembered: transliteration is most of filing a name). */
export const surnameLatin = memo((surname: string): string => {
  const base = surnameBase(surname);
  return /[\u0400-\u04ff]/.test(base) ? normalizeName(transliterate(base, 'wikipedia')) : base;
});

/**
 * How closely two given names (or two patronymics) agree when their keys differ: the names
 * layer's comparison (same sound, an initial, a letter or two apart), 0 when they do not.
 * The names layer remembers what it works out of each spelling, so a call is cheap.
 */
export function nameLikeness(field: 'givenName' | 'patronymic', a: string, b: string): { score: number; how: string } {
  const part = compareNames({ [field]: a }, { [field]: b }).parts[0];
  return part ? { score: part.score, how: part.how } : { score: 0, how: 'no comparable letters' };
}

/** The Latin forms of a surname's base that phonetic keys are built from (one per scheme). */
export function surnameForms(surname: string): string[] {
  return keyLatinForms(surnameBase(surname));
}

/**
 * The surname's Latin forms with the conventions of romanisation folded away (names layer,
 * skeleton.ts): Winogradow and Vinogradov share one, so their letters compare as alike as a
 * Cyrillic Виноградов's romanisations do with either.
 */
export function surnameSkeletons(surname: string): string[] {
  return [...new Set(surnameForms(surname).flatMap(conventionSkeletons))];
}

/**
 * The skeletons of one Latin spelling (a record's `surname_latin`): folding any one
 * romanisation gives what folding the others would, so a record needs only this one.
 */
export const latinSkeletons = memo(conventionSkeletons);

/**
 * The Daitch–Mokotoff codes of a given name, known or not. An index files an unknown spelling
 * (a typo: Нколай, Алехсандр) under its codes; a query reads them beside the name's group, so
 * a slip that keeps the sound still meets the record.
 */
export function givenNameSounds(name: string): string[] {
  const codes = new Set<string>();
  for (const form of keyLatinForms(normalizeName(name))) for (const code of daitchMokotoff(form)) codes.add(code);
  return [...codes];
}

/**
 * Marks a given-name key the record was filed under as a repair (see repairedGivenKeys): the
 * index reads it as the group, ranking does not (so the record's name is never called equal
 * to the query's: "given name Етепан is close to Stepan").
 */
export const REPAIRED_MARK = '~';

/** The group a given-name key is filed under: a repair (REPAIRED_MARK) is filed as its group. */
export const filedGivenKey = (key: string): string => (key.startsWith(REPAIRED_MARK) ? key.slice(REPAIRED_MARK.length) : key);
/** Shortest unknown given name read as a known one a letter away (shorter ones meet too many). */
export const MIN_REPAIRED_LENGTH = 4;
/** Most groups an unknown given name may be read as; more means it is ambiguous and none is kept. */
export const MAX_REPAIRED_GROUPS = 2;

let tableDeletions: Map<string, Set<string>> | undefined;

/** Every Latin form of the given-name table, and each with one letter deleted → group ids. */
function givenTableDeletions(): Map<string, Set<string>> {
  if (tableDeletions) return tableDeletions;
  const index = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    let ids = index.get(key);
    if (!ids) index.set(key, (ids = new Set()));
    ids.add(id);
  };
  for (const group of givenNameGroups()) {
    for (const form of group.forms) {
      for (const latin of isCyrillic(form) ? keyLatinForms(form) : [form]) {
        add(latin, group.id);
        for (let i = 0; i < latin.length; i++) add(latin.slice(0, i) + latin.slice(i + 1), group.id);
      }
    }
  }
  tableDeletions = index;
  return index;
}

/**
 * The table's groups an unknown given name is one letter from (Етепан → Степан, Яроолав →
 * Ярослав, Апексей → Алексей): a misread or miscopied name, marked with REPAIRED_MARK. Two
 * spellings one substitution, insertion or deletion apart always share a one-deletion form,
 * so the lookup is a few map probes. A record whose surname and given name were both misread
 * is then still filed under a key a query for the true name reads.
 */
export const repairedGivenKeys = memo((name: string): string[] => {
  const normal = normalizeName(name);
  if (normal.length < MIN_REPAIRED_LENGTH || normal.includes(' ') || givenNameGroup(name)) return [];
  const table = givenTableDeletions();
  const found = new Set<string>();
  for (const latin of keyLatinForms(normal)) {
    const probes = [latin];
    for (let i = 0; i < latin.length; i++) probes.push(latin.slice(0, i) + latin.slice(i + 1));
    for (const probe of probes) for (const id of table.get(probe) ?? []) found.add(id);
  }
  return found.size > 0 && found.size <= MAX_REPAIRED_GROUPS ? [...found].map((id) => REPAIRED_MARK + id) : [];
});
