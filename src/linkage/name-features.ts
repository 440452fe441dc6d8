/**
 * What encoding needs from the names layer for one distinct normalised name, as plain data:
 * pure functions of the text, so they can run on another thread (./name-features-queue.ts)
 * while the main thread reads records, and give the same answer wherever they run.
 */
import { surnameKeys, surnameBase, givenNameGroup, givenNameKeys, keyLatinForms, patronymicStem } from './names-bridge.ts';

/** A name of at most this many letters (after dropping dots) is read as an initial. */
export const INITIAL_MAX_LENGTH = 1;

export interface SurnameFeatures {
  /** Phonetic keys, distinct and sorted. */
  keys: string[];
  /** Latin forms of the surname's base (masculine form), commonest first. */
  latin: string[];
}

export interface GivenFeatures {
  /** The given-name class, or null for an initial. */
  group: string | null;
  /** Blocking keys (without the `g:` prefix); none for an initial. */
  keys: string[];
  /** Char code of the first Latin letter, 0 when none. */
  initial: number;
}

export interface PatronymicFeatures {
  /** The father's name class, or null for an initial. */
  group: string | null;
  initial: number;
}

/** The request kinds: a surname, a given name, a patronymic, the Latin forms of a given name or patronymic. */
export type FeatureKind = 'S' | 'G' | 'P' | 'L';

export type NameFeature = SurnameFeatures | GivenFeatures | PatronymicFeatures | string[];

function isInitial(norm: string): boolean {
  return norm.replace(/\./g, '').length <= INITIAL_MAX_LENGTH;
}

function latinInitial(name: string): number {
  const latin = keyLatinForms(name)[0] ?? name;
  return latin.length > 0 ? latin.charCodeAt(0) : 0;
}

/**
 * The given-name class of a name: the names layer's, else that of one of its Latin forms (the
 * table may know "Mikhal" but not "Михал"), else undefined.
 */
function givenClass(norm: string): { group: string; keys: string[] } | undefined {
  const own = givenNameGroup(norm);
  if (own) return { group: own, keys: givenNameKeys(norm) };
  for (const form of keyLatinForms(norm)) {
    const group = givenNameGroup(form);
    if (group) return { group, keys: [...new Set([...givenNameKeys(norm), ...givenNameKeys(form)])] };
  }
  return undefined;
}

export function surnameFeatures(norm: string): SurnameFeatures {
  return { keys: [...new Set(surnameKeys(norm))].sort(), latin: keyLatinForms(surnameBase(norm)) };
}

export function givenFeatures(norm: string): GivenFeatures {
  if (isInitial(norm)) return { group: null, keys: [], initial: latinInitial(norm) };
  const known = givenClass(norm);
  return {
    group: known?.group ?? `=${keyLatinForms(norm)[0] ?? norm}`,
    keys: known?.keys ?? givenNameKeys(norm),
    initial: latinInitial(norm),
  };
}

export function patronymicFeatures(norm: string): PatronymicFeatures {
  if (isInitial(norm)) return { group: null, initial: latinInitial(norm) };
  // The father's name: its group when the names layer knows it (so Иванович meets Иван),
  // else the Latin stem, so two spellings of one patronymic still meet.
  const father = patronymicStem(norm);
  const group = father ? givenNameGroup(father) ?? `=${keyLatinForms(father)[0] ?? father}` : `~${keyLatinForms(norm)[0] ?? norm}`;
  return { group, initial: latinInitial(norm) };
}

/** The feature of one kind of one normalised name. */
export function nameFeature(kind: FeatureKind, norm: string): NameFeature {
  switch (kind) {
    case 'S':
      return surnameFeatures(norm);
    case 'G':
      return givenFeatures(norm);
    case 'P':
      return patronymicFeatures(norm);
    case 'L':
      return keyLatinForms(norm);
  }
}
