/**
 * Patronymic → the father's given name (Иванович/Ивановна → иван, Ильич → илья, Iwanowitsch →
 * ivan), so that records can suggest family links. Candidates are generated from the suffix and
 * checked against the given-name table; the first known one wins.
 */
import { normalizeName, isCyrillic } from './normalize.ts';
import { isKnownGivenName } from './given-names.ts';

/** [suffix, endings to try on the stem], longest suffix first. */
const CYRILLIC_SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  ['ьевич', ['ий', 'ья', 'ей', 'ь']], ['ьевна', ['ий', 'ья', 'ей', 'ь']], ['еевич', ['ей']], ['еевна', ['ей']],
  ['аевич', ['ай']], ['аевна', ['ай']], ['иевич', ['ий']], ['иевна', ['ий']],
  ['левич', ['', 'ль']], ['левна', ['', 'ль']], ['ович', ['', 'а', 'о']], ['овна', ['', 'а', 'о']], ['евич', ['ь', 'ей', '', 'а']], ['евна', ['ь', 'ей', '', 'а']],
  ['инична', ['а']], ['ична', ['а', 'я']], ['ич', ['а', 'я']], ['івна', ['']], ['ївна', ['й']],
];
const LATIN_SUFFIXES: readonly (readonly [string, readonly string[]])[] = [
  // French (-itch), then the -eevich/-aevich of most schemes (Andreevich, Nikolaevich), before the shorter -evich.
  ['eevitch', ['ei', 'ey']], ['aevitch', ['ai', 'ay']], ['ievitch', ['y', 'i', 'ii']], ['evitch', ['', 'ei', 'y', 'i']],
  ['eevich', ['ei', 'ey', 'ii']], ['eevna', ['ei', 'ey', 'ii']], ['aevich', ['ai', 'ay']], ['aevna', ['ai', 'ay']],
  ['iewitsch', ['i', 'ij']], ['jewitsch', ['i', 'ij']], ['iewicz', ['i', 'ij']], ['jewna', ['i', 'ij']], ['iewna', ['i', 'ij']],
  ['yevich', ['ii', 'y', 'ya', 'ey']], ['ievich', ['ii', 'y']], ['yevna', ['ii', 'y', 'ya', 'ey']], ['ievna', ['ii', 'y']], ['jewicz', ['ij', 'i']],
  ['ovych', ['', 'a', 'o']], ['evych', ['', 'ii', 'y', 'ei']], ['ivna', ['', 'o']], ['levich', ['', 'l']], ['lewitsch', ['']], ['ovitch', ['']], ['owitsch', ['']], ['owicz', ['']], ['ewicz', ['', 'a']], ['ovich', ['', 'a']],
  // Grigorʹevich, Arkadevich: the soft sign dropped, the name ends in й (Григорий, Аркадий).
  ['evich', ['', 'a', 'ei', 'ey', 'y', 'ii', 'i']], ['ovna', ['', 'a']], ['owna', ['']], ['evna', ['', 'a', 'ei', 'y', 'ii', 'i']], ['ewna', ['']],
  ['ichna', ['a']], ['itsch', ['a']], ['itch', ['a']], ['icz', ['a']], ['ich', ['a', 'ia', 'ya']],
];

/** Shortest stem left after removing a suffix (Ич is not a patronymic). */
const MIN_STEM = 2;

/** The father's given name a patronymic is formed from (normalised), or undefined. */
export function patronymicToGivenName(patronymic: string): string | undefined {
  const normal = normalizeName(patronymic);
  const suffixes = isCyrillic(normal) ? CYRILLIC_SUFFIXES : LATIN_SUFFIXES;
  for (const [suffix, endings] of suffixes) {
    if (!normal.endsWith(suffix)) continue;
    const stem = normal.slice(0, -suffix.length);
    if (stem.length < MIN_STEM) continue;
    // Михайлович → михаил; Polish ie after a consonant is e (Siergiejewicz → sergei).
    // Iurevich (ALA-LC, ICAO) → yurii.
    const stems = [stem, insertFleetingVowel(stem), stem.replace(/йл$/, 'ил'), stem.replace(/(?<=[^aeiou])ie/g, 'e'), stem.replace(/^iu/, 'yu')];
    const candidates = endings.flatMap((e) => stems.map((st) => st + e)); // plainest ending first
    const known = candidates.find((c) => isKnownGivenName(c));
    if (known) return known;
    return stem + endings[0]!;
  }
  return undefined;
}

/** Павл(ович) → павел, Льв(ович) → лев: the vowel the name drops before a suffix. */
function insertFleetingVowel(stem: string): string {
  if (stem === 'льв' || stem === 'lv' || stem === 'lw') return stem.startsWith('л') ? 'лев' : 'lev';
  const m = /^(.*[^аеиоуыэюяaeiouy])([^аеиоуыэюяaeiouy])$/.exec(stem);
  if (!m) return stem;
  return `${m[1]}${/[\u0400-\u04ff]/.test(stem) ? 'е' : 'e'}${m[2]}`;
}
