/**
 * The base of a surname, where masculine and feminine forms meet: Ежова → ежов, Ковальская →
 * ковальский, Kowalska → kowalski, Ozola → ozol, Kazlauskienė → kazlausk. Works on the normal form
 * (./normalize.ts); each word of a double surname is reduced on its own.
 */
import { normalizeName } from './normalize.ts';

/** A stem shorter than this is left alone: "Ова" or "Ina" are not feminine forms (Ежова is). */
const MIN_STEM = 2;
/** A one-letter Baltic ending (-s, -a) needs a longer stem: "Ова", "Lis" are whole names. */
const MIN_BALTIC_STEM = 3;

/** [ending, replacement], longest first; the first that leaves a long enough stem applies. */
const CYRILLIC_RULES: readonly (readonly [string, string])[] = [
  ['ская', 'ский'], ['цкая', 'цкий'], ['кая', 'кий'], ['кой', 'кий'], ['ська', 'ский'], ['цька', 'цкий'], ['ской', 'ский'],
  ['цкой', 'цкий'], ['скій', 'ский'], ['ський', 'ский'], ['цький', 'цкий'],
  ['ова', 'ов'], ['ева', 'ев'], ['ёва', 'ев'], ['ина', 'ин'], ['ына', 'ын'],
  // Other adjectival surnames (Толстая/Толстой, Белая/Белый) meet at -ий.
  ['ая', 'ий'], ['яя', 'ий'], ['ой', 'ий'], ['ый', 'ий'],
  // Baltic endings as written in Russian documents, mirroring the Latin rules below so that
  // Лацис and Lacis, Берзиньш and Bērziņš reduce alike.
  ['ене', ''], ['айте', ''], ['ас', ''], ['ис', ''], ['ыс', ''], ['ус', ''], ['ьш', ''], ['ш', ''], ['с', ''], ['а', ''],
];

const LATIN_RULES: readonly (readonly [string, string])[] = [
  // Russian feminine forms in any romanisation, and the masculine -кий however it is spelled.
  ['kaya', 'ki'], ['kaja', 'ki'], ['kaia', 'ki'], ['kiy', 'ki'], ['kij', 'ki'], ['kijj', 'ki'], ['kii', 'ki'],
  ['kyi', 'ki'], ['kyj', 'ki'], ['ky', 'ki'],
  ['skaya', 'ski'], ['skaja', 'ski'], ['skaia', 'ski'], ['skaa', 'ski'], ['ska', 'ski'],
  ['tskaya', 'tski'], ['ckaja', 'cki'], ['cka', 'cki'], ['dzka', 'dzki'],
  ['skiy', 'ski'], ['skij', 'ski'], ['skii', 'ski'], ['skyi', 'ski'], ['skyj', 'ski'], ['sky', 'ski'],
  ['ova', 'ov'], ['owa', 'ow'], ['eva', 'ev'], ['ewa', 'ew'], ['yova', 'ov'], ['iova', 'ov'],
  ['jowa', 'ow'], ['ina', 'in'], ['yna', 'yn'],
  // Lithuanian wife's and daughter's forms, and the masculine ending.
  ['ienė', ''], ['iene', ''], ['aitė', ''], ['aite', ''], ['ytė', ''], ['yte', ''], ['utė', ''], ['ute', ''],
  ['as', ''], ['is', ''], ['ys', ''], ['us', ''],
  // Latvian masculine -s/-š and feminine -a (-e is left: stripping it loses Eihe's h).
  ['sh', ''], ['s', ''], ['a', ''],
];

const VOWEL = /[aeiouyаеиоуыэюяі]/;
const cache = new Map<string, string>();
const BASE_CACHE_LIMIT = 200_000; // distinct surnames kept

/** The base form of a surname (normalised, masculine, Baltic endings removed). */
export function surnameBase(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const normal = normalizeName(text);
  const result = normal
    .split(' ')
    .map((word) => word.split('-').map(wordBase).join('-'))
    .join(' ');
  if (cache.size >= BASE_CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

function wordBase(word: string): string {
  const cyrillic = /[\u0400-\u04ff]/.test(word);
  const rules = cyrillic ? CYRILLIC_RULES : LATIN_RULES;
  for (const [ending, replacement] of rules) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < MIN_STEM) continue;
    // Baltic -s/-a are only endings after a consonant (Ozols, Ozola), not in "Ilya" or "-ss".
    if (ending.length === 1 && (stem.length < MIN_BALTIC_STEM || VOWEL.test(stem.at(-1)!) || stem.endsWith(ending))) continue;
    // -ts, -ds are ц and дз (Gliants = Глянц, Bends = Бендз), not a Latvian -s after t or d.
    if ((ending === 's' || ending === 'с') && /[tdтд]$/.test(stem)) continue;
    if ((ending === 'sh' || ending === 'ш') && !/[nlrнлр]$/.test(stem)) continue; // Bērziņš, not Marsh
    return stem + replacement;
  }
  return word;
}

/** Empties the cache (benchmarks measure cold keys with it). */
export function clearSurnameBaseCache(): void {
  cache.clear();
}
