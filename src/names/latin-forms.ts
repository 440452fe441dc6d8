/**
 * Every normalised Latin spelling a name yields. A Cyrillic name is romanised (every scheme for
 * display, KEY_SCHEMES for keys); a Latin name yields itself and its readings in the other
 * conventions (French ch/j/ou, Polish/German j, scholarly x, Ukrainian h, telegraph jj/shh, glides),
 * because a Latin query does not say which romanisation it follows. Every spelling also comes
 * without an initial glide (Yezhov ~ Ezhov ~ Jeschow; Iagoda ~ Yagoda ~ Jagoda).
 */
import { TRANSLIT_SCHEMES, romaniseNormal } from './transliterate.ts';
import { isCyrillic, normalizeName, normalizeNameUncached } from './normalize.ts';

/**
 * The schemes used for phonetic keys: the spellings of the documents a reader meets (English,
 * French, Polish, German). With the Latin reading variants below, more schemes change no figure
 * of the names benchmark (measured: dropping ISO 9, scholarly and Ukrainian left the share of
 * spelling pairs that meet at 99.2 % and lowered accidental meets), and every scheme costs time.
 */
export const KEY_SCHEMES: readonly string[] = ['wikipedia', 'mvd_310_fr', 'pl_pwn', 'de_duden'];

/** Letters only Ukrainian and Belarusian write: their names are romanised in the Ukrainian scheme too. */
const UKRAINIAN_LETTERS = /[іїєґў]/;

/** An initial glide (y, j, i before a vowel) that one romanisation writes and another drops. */
const INITIAL_GLIDE = /^(?:y|j|i)(?=[aeiouy])/;
/** Letter groups that mark a French romanisation (Khrouchtchev, Chtcherbakov, Iagoda → Iejov). */
const FRENCH_MARKER = /tch|ou|^ie|^[aeiou]j|[aeiou]j[bcdfgklmnpqrstvwxz]|ine$/;

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

/** An h after a consonant (not in a digraph) before a consonant or the end: Ukrainian г (Hrynberh = Гринберг). */
const UKRAINIAN_H = /(?<=[bdfgjlmnqrvwxy])h(?=[bcdfgjklmnpqrstvwxz]|$)/g;

/** y or i between vowels: a glide some spellings write (Gruyev, Nesmeianov) and others leave out (Gruev). */
const INNER_Y = /(?<=[aeiou])[yi](?=[aeiou])/g;

/** A c that starts no digraph (ch, cz): ц in scholarly, ISO, Czech, Baltic and Polish spellings (Čušckij, Gescov). */
const LONE_C = /c(?![hz])/g;

/** An x after the first letter. */
const INNER_X = /(?<=.)x/g;

/** An h after a vowel and before a consonant or the end, not part of a digraph (sh, ch, zh, kh, …). */
const LONE_H = /(?<=[aeiouy])h(?=[bcdfgjklmnpqrstvwxz]|$)/g;

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
    for (const scheme of schemes) addWithVariants(forms, normalizeNameUncached(romaniseNormal(normal, scheme)), false);
    if (schemes === KEY_SCHEMES && UKRAINIAN_LETTERS.test(normal)) addWithVariants(forms, normalizeNameUncached(romaniseNormal(normal, 'uk_2010')), false);
  } else if (normal.length > 0) {
    addWithVariants(forms, normal, true);
  }
  return [...forms];
}

/** Adds a spelling, its readings if it is a Latin input, and each without an initial glide. */
function addWithVariants(forms: Set<string>, form: string, latinInput: boolean): void {
  if (form.length === 0) return;
  const spellings = latinInput ? latinReadings(form) : [form];
  for (const spelling of spellings) {
    forms.add(spelling);
    if (INITIAL_GLIDE.test(spelling)) forms.add(spelling.replace(INITIAL_GLIDE, ''));
  }
}

/**
 * A Latin spelling and how it reads in the other conventions (a Cyrillic name's romanisations
 * already cover these, so only Latin inputs need them).
 */
function latinReadings(form: string): string[] {
  const spellings = [form];
  if (FRENCH_MARKER.test(form)) spellings.push(fromFrench(form));
  // Inner j is y (Majakowski ~ Mayakovsky) or a mere glide that English spellings drop (Klujew ~ Klyuev).
  const asY = form.replace(INNER_J, 'y');
  if (asY !== form) spellings.push(asY, form.replace(INNER_J, ''));
  // x is х in scholarly spellings (Xruščëv, Zolotuxin); DM codes it as ks, so add the kh reading.
  pushIfChanged(spellings, form, form.replace(INNER_X, 'kh'));
  // c is ц in most spellings that write it alone; DM reads c before k as k (Čušckij = Чушцкий).
  pushIfChanged(spellings, form, form.replace(LONE_C, 'ts'));
  // Telegraph-style GOST spellings double letters for й and щ (Bromlejj, Shhukin).
  pushIfChanged(spellings, form, form.replace(/jj/g, 'y').replace(/shh/g, 'shch'));
  // y before a consonant at the start is и in some schemes (Ysaychev = Исайчев).
  pushIfChanged(spellings, form, form.replace(/^y(?=[bcdfghklmnpqrstvwxz])/, 'i'));
  pushIfChanged(spellings, form, form.replace(INNER_Y, ''));
  // h before a consonant writes х in Baltic and Finnic spellings (Ahmatova ~ Akhmatova).
  pushIfChanged(spellings, form, form.replace(LONE_H, 'kh'));
  pushIfChanged(spellings, form, form.replace(UKRAINIAN_H, 'g'));
  return spellings;
}

function pushIfChanged(spellings: string[], form: string, variant: string): void {
  if (variant !== form) spellings.push(variant);
}
