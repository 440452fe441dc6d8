/**
 * A Latin spelling with the conventions of romanisation folded away, for comparing the letters
 * of two spellings that may follow different conventions: Winogradow and Vinogradov, Kuznecow
 * and Kuznetsov, Michajłow and Mikhaylov, Jegorow and Yegorov come out the same. Not a key (the
 * Daitch–Mokotoff codes are the keys): it only says how alike two spellings of one sound are,
 * so a record written in another romanisation than the query is not ranked below one written in
 * Cyrillic, whose romanisations already include the query's.
 *
 * Folding loses distinctions on purpose: ч and х are one letter here (English ch is ч, German
 * and Polish ch are х), so are ш and ж (German writes both sch: Jeschow = Ежов), and ц written
 * c, ts or tz.
 */

/** A consonant or a folded letter (the capitals below stand for ч/х, ц, ш/ж and щ). */
const CONSONANT = '[bcdfgklmnprstvzCXШЩ]';

/** A soft glide before a vowel, after a consonant or i (Solovyev ~ Solovʹev, Dmitrijew ~ Dmitriev). */
const GLIDE = new RegExp(`(?<=${CONSONANT}|i)y(?=[aeiou])`, 'g');

/** Polish ie after a consonant, an English e (Kuźniecow ~ Kuznetsov). */
const POLISH_IE = new RegExp(`(?<=${CONSONANT})ie`, 'g');

/** й after a vowel and before a consonant, written i or y (Mikhailov ~ Mikhaylov). */
const VOWEL_I = new RegExp(`(?<=[aeou])i(?=${CONSONANT})`, 'g');

/** Word-final й and the vowel before it, however written (Yaloviy, Jałowij, Ialovii, Koretsky). */
const FINAL_I = /(?:iy|ij|ii|yi|yj|y)$/;

/** A z that is not part of sz, cz, rz or zh: German writes ц so (Kusnezow, Korezki). */
const GERMAN_Z = /(?<![scr])z(?!h)/;
const GERMAN_Z_ALL = new RegExp(GERMAN_Z.source, 'g');
/** A single s that is not part of sch, sh or sz: German writes з so (Kusnezow = Кузнецов). */
const GERMAN_S = /(?<!s)s(?![schz])/g;

/**
 * Letter groups folded in one pass, longest first at each position (a pass per group cost
 * twice as much: search folds the surname of every candidate it ranks).
 */
const GROUPS = /schtsch|szcz|shch|chtch|tsch|tch|cz|sch|sz|sh|zh|kh|ch|ts|tz|c|w|j|x/g;
const FOLDED: Readonly<Record<string, string>> = {
  schtsch: 'Щ', szcz: 'Щ', shch: 'Щ', chtch: 'Щ',
  tsch: 'X', tch: 'X', cz: 'X', kh: 'X', ch: 'X',
  sch: 'Ш', sz: 'Ш', sh: 'Ш', zh: 'Ш',
  ts: 'C', tz: 'C', c: 'C', w: 'v', j: 'y',
};

/** The skeleton of a normalised Latin spelling (see normalizeName): lower case, no diacritics. */
function fold(form: string): string {
  return form
    .replace(GROUPS, (group, at: number) => (group === 'x' ? (at > 0 ? 'X' : 'x') : FOLDED[group]!))
    .replace(/^i(?=[aeiou])/, 'y')
    .replace(GLIDE, '')
    .replace(POLISH_IE, 'e')
    .replace(VOWEL_I, 'y')
    .replace(FINAL_I, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The skeletons of a normalised Latin spelling: one, and a second read the German way when it
 * has a z that may be German (z = ц and s = з: Kusnezow = Kuznetsov). Two spellings
 * of a name in any conventions share a skeleton; compare each of one's with each of the other's.
 */
export function conventionSkeletons(form: string): string[] {
  const plain = fold(form);
  if (!GERMAN_Z.test(form)) return [plain];
  const german = fold(form.replace(GERMAN_Z_ALL, '\u0001').replace(GERMAN_S, 'z').replace(/\u0001/g, 'ts'));
  return german === plain ? [plain] : [plain, german];
}
