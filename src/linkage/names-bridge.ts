/**
 * The names layer as linkage uses it, in one place: keys, groups and Latin forms come from
 * `src/names`; the per-part similarity linkage needs is computed here from those Latin forms
 * (cached per distinct string by the caller), so the hot loop never re-romanises a name.
 */
import { distance } from 'fastest-levenshtein';
import {
  normalizeName as normalizeNameUncached,
  keyLatinForms as keyLatinFormsUncached,
  latinForms,
  surnameKeys,
  givenNameKeys,
  givenNameGroup,
  surnameBase,
  patronymicToGivenName,
} from '../names/index.ts';

/**
 * Memoised per distinct string for the length of a run: a 3M-record archive repeats each
 * spelling many times, and romanising is the dearest step of encoding. Cleared between runs.
 */
const normalized = new Map<string, string>();
const latin = new Map<string, string[]>();

export function normalizeName(text: string): string {
  let v = normalized.get(text);
  if (v === undefined) {
    v = normalizeNameUncached(text);
    normalized.set(text, v);
  }
  return v;
}

export function keyLatinForms(text: string): string[] {
  let v = latin.get(text);
  if (v === undefined) {
    v = keyLatinFormsUncached(text);
    latin.set(text, v);
  }
  return v;
}

/** Frees the memo tables (after encoding). */
export function clearNameMemo(): void {
  normalized.clear();
  latin.clear();
}

export { surnameKeys, givenNameKeys, givenNameGroup, latinForms, surnameBase };

/** Patronymic endings in the Latin forms the names layer gives (Russian, Polish, German spellings). */
const PATRONYMIC_ENDING = /(?:ovich|evich|ovych|evych|ovitch|evitch|owitsch|ewitsch|owicz|ewicz|ovna|evna|owna|ewna|ivna|ichna|inichna|ich|ych)$/u;

/**
 * The father's given name a patronymic names (Иванович → иван): the names layer's answer, else
 * a Latin stem with the patronymic ending cut (for spellings it does not read), or undefined.
 */
export function patronymicStem(patronymic: string): string | undefined {
  const given = patronymicToGivenName(patronymic);
  if (given) return given;
  for (const form of keyLatinForms(patronymic)) {
    const stem = form.replace(PATRONYMIC_ENDING, '');
    if (stem !== form && stem.length >= 2) return stem;
  }
  return undefined;
}

/**
 * Latin forms compared per name: the names layer lists the commonest romanisations first, and
 * past three the extra forms rarely change the best similarity but multiply its cost.
 */
export const MAX_FORMS_COMPARED = 3;

/**
 * 1 − edit distance / longer length, the best over two sets of Latin forms. For speed (a
 * million-record run compares millions of distinct pairs), a caller that only needs a level
 * may pass `floor`, its lowest threshold (a pair of forms whose lengths alone keep it below is
 * not compared: the result may then be lower, but stays below `floor`), and `enough`, its
 * highest (the search stops there). Pairs whose lengths keep them below the best so far are
 * skipped: the edit distance is at least the difference in length.
 */
export function bestFormSimilarity(a: readonly string[], b: readonly string[], floor = 0, enough = 1): number {
  let best = 0;
  const na = Math.min(a.length, MAX_FORMS_COMPARED);
  const nb = Math.min(b.length, MAX_FORMS_COMPARED);
  for (let p = 0; p < na; p++) {
    const x = a[p]!;
    for (let q = 0; q < nb; q++) {
      const y = b[q]!;
      if (x === y) return 1;
      const longest = Math.max(x.length, y.length);
      if (longest === 0) continue;
      const bound = 1 - Math.abs(x.length - y.length) / longest;
      if (bound < floor || bound <= best) continue;
      const s = 1 - distance(x, y) / longest;
      if (s > best) {
        best = s;
        if (best >= enough) return best;
      }
    }
  }
  return best;
}
