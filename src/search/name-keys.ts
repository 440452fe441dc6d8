/**
 * The names layer as search uses it: one place that maps a name to its index keys and its
 * comparable forms, so the rest of search never reaches into the names layer's files.
 */
import { compareNames, daitchMokotoff, givenNameGroup, givenNameKeys, keyLatinForms, normalizeName, patronymicToGivenName, surnameBase, surnameKeys, transliterate } from '../names/index.ts';

import { memo } from './memo.ts';

export { surnameKeys, givenNameKeys, givenNameGroup, normalizeName, surnameBase };

/** Patronymic endings in Russian and in the romanisations and Polish/German spellings of it. */
const PATRONYMIC_ENDING = /(ovich|evich|ovitch|evitch|owitsch|ewitsch|owicz|ewicz|ovič|evič|ovna|evna|owna|ewna|ichna|itschna|iczna|ich|itsch|icz|ič|ович|евич|ёвич|овна|евна|ёвна|ична|инична|ич)$/;

/** True when a word looks like a patronymic (Николаевич, Nikolaevna, Mikołajewicz). */
export function looksLikePatronymic(word: string): boolean {
  const n = normalizeName(word);
  return n.length > 5 && PATRONYMIC_ENDING.test(n);
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
 * The Daitch–Mokotoff codes of a given name, known or not. An index files an unknown spelling
 * (a typo: Нколай, Алехсандр) under its codes; a query reads them beside the name's group, so
 * a slip that keeps the sound still meets the record.
 */
export function givenNameSounds(name: string): string[] {
  const codes = new Set<string>();
  for (const form of keyLatinForms(normalizeName(name))) for (const code of daitchMokotoff(form)) codes.add(code);
  return [...codes];
}
