/**
 * Every normalised Latin spelling a name yields. A Cyrillic name is romanised in every scheme of
 * TRANSLIT_SCHEMES; a Latin name yields itself and the spellings a reader would try for the same
 * sound at the start of a word (Yezhov ~ Ezhov ~ Jeschow; Iagoda ~ Yagoda ~ Jagoda).
 */
import { TRANSLIT_SCHEMES, romaniseNormal } from './transliterate.ts';
import { isCyrillic, normalizeName } from './normalize.ts';

/**
 * The schemes used for phonetic keys: one of each family whose spellings code differently in
 * Daitch–Mokotoff (the other schemes only repeat these codes, and keys must stay small and fast).
 */
export const KEY_SCHEMES: readonly string[] = [
  'wikipedia', 'ala_lc_alt', 'iso_9_1968', 'icao_doc_9303', 'mvd_310_fr', 'pl_pwn', 'de_duden', 'uk_2010',
];

/** An initial glide (y, j, i before a vowel) that one romanisation writes and another drops. */
const INITIAL_GLIDE = /^(?:y|j|i)(?=[aeiouy])/;
/** Letter groups that mark a French romanisation (Khrouchtchev, Chtcherbakov, Iagoda → Iejov). */
const FRENCH_MARKER = /tch|ou|^ie/;

/** A French romanisation read back into the English-style spelling (ch = ш, j = ж, ou = у). */
function fromFrench(form: string): string {
  return form
    .replace(/chtch/g, '\u0001')
    .replace(/tch/g, '\u0002')
    .replace(/ch/g, 'sh')
    .replace(/\u0001/g, 'shch')
    .replace(/\u0002/g, 'ch')
    .replace(/ou/g, 'u')
    .replace(/j/g, 'zh');
}

/** j before a vowel after the first letter: the y sound in Polish/German spellings (Sołowjow). */
const INNER_J = /(?<=.)j(?=[aeiouy])/g;

/** The normalised Latin spellings of `text` (all schemes for Cyrillic; itself and variants for Latin). */
export function latinForms(text: string): string[] {
  return formsIn(text, TRANSLIT_SCHEMES);
}

/** Like latinForms, with only the KEY_SCHEMES romanisations (what phonetic keys are built from). */
export function keyLatinForms(text: string): string[] {
  return formsIn(text, KEY_SCHEMES);
}

function formsIn(text: string, schemes: readonly string[]): string[] {
  const normal = normalizeName(text);
  const forms = new Set<string>();
  if (isCyrillic(normal)) {
    for (const scheme of schemes) addWithVariants(forms, normalizeName(romaniseNormal(normal, scheme)), false);
  } else if (normal.length > 0) {
    addWithVariants(forms, normal, true);
  }
  return [...forms];
}

/**
 * Adds a spelling and its start-of-word variant to `forms`, and for a Latin input its inner-j
 * variant (a Cyrillic name's romanisations already include the y spellings).
 */
function addWithVariants(forms: Set<string>, form: string, latinInput: boolean): void {
  if (form.length === 0) return;
  const spellings = [form];
  if (latinInput && FRENCH_MARKER.test(form)) spellings.push(fromFrench(form));
  if (latinInput && form.includes('j')) {
    const folded = form.replace(INNER_J, 'y');
    if (folded !== form) spellings.push(folded);
  }
  for (const spelling of spellings) {
    forms.add(spelling);
    if (INITIAL_GLIDE.test(spelling)) forms.add(spelling.replace(INITIAL_GLIDE, ''));
  }
}
