/**
 * How a name in Russian Cyrillic is written in Latin letters by the sources the generator
 * imitates: a romanisation scheme (iuliia: Wikipedia, BGN/PCGN, ALA-LC, scholarly, ICAO),
 * or the way Polish and German texts spell Russian names (Ежов → Jeżow, Jeschow).
 */
import iuliia from 'iuliia';
import { compileRules, type Rewriter } from './rewrite.ts';

/** Polish spelling of Russian names, simplified from the Polish Academy's rules. */
const POLISH_FROM_RUSSIAN = compileRules([
  ['ский$', 'ski'], ['цкий$', 'cki'], ['ская$', 'ska'], ['цкая$', 'cka'], ['ий$', 'ij'], ['ый$', 'y'],
  ['ая$', 'aja'], ['ль', 'l'], ['ле', 'le'], ['ли', 'li'], ['ля', 'la'], ['лю', 'lu'], ['лё', 'lo'],
  ['щ', 'szcz'], ['ш', 'sz'], ['ж', 'ż'], ['ч', 'cz'], ['ц', 'c'], ['х', 'ch'], ['й', 'j'],
  ['ы', 'y'], ['я', 'ja'], ['ю', 'ju'], ['ё', 'jo'], ['е', 'e'], ['э', 'e'], ['л', 'ł'], ['в', 'w'],
  ['ь', ''], ['ъ', ''], ['а', 'a'], ['б', 'b'], ['г', 'g'], ['д', 'd'], ['з', 'z'], ['и', 'i'],
  ['к', 'k'], ['м', 'm'], ['н', 'n'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'],
  ['у', 'u'], ['ф', 'f'],
]);

/** German (Duden) spelling of Russian names. */
const GERMAN_FROM_RUSSIAN = compileRules([
  ['йe', 'je'], ['ий$', 'i'], ['ый$', 'y'], ['ей', 'ei'], ['ай', 'ai'], ['ой', 'oi'], ['щ', 'schtsch'],
  ['ш', 'sch'], ['ж', 'sch'], ['ч', 'tsch'], ['ц', 'z'], ['х', 'ch'], ['й', 'i'], ['ы', 'y'],
  ['я', 'ja'], ['ю', 'ju'], ['ё', 'jo'], ['е', 'e'], ['э', 'e'], ['в', 'w'], ['з', 's'], ['с', 's'],
  ['ь', ''], ['ъ', ''], ['а', 'a'], ['б', 'b'], ['г', 'g'], ['д', 'd'], ['и', 'i'], ['к', 'k'],
  ['л', 'l'], ['м', 'm'], ['н', 'n'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['т', 't'], ['у', 'u'],
  ['ф', 'f'],
]);

/** Polish and German write initial and post-vowel е as "je" (Ежов → Jeżow, Jeschow). */
function iotate(text: string): string {
  return text.replace(/(^|[\s\-аеёиоуыэюяьъАЕЁИОУЫЭЮЯ])([еЕ])/g, (_m, before: string, e: string) => `${before}${e === 'Е' ? 'Йэ' : 'йэ'}`);
}

function withIotation(rewrite: Rewriter): Rewriter {
  return (text: string) => rewrite(iotate(text).replace(/Йэ/g, 'Йe').replace(/йэ/g, 'йe'));
}

export const LATIN_STYLES = ['wikipedia', 'bgn_pcgn', 'ala_lc', 'scientific', 'icao', 'polish', 'german'] as const;
export type LatinStyle = (typeof LATIN_STYLES)[number];

const IULIIA_SCHEMES = {
  wikipedia: iuliia.WIKIPEDIA,
  bgn_pcgn: iuliia.BGN_PCGN,
  ala_lc: iuliia.ALA_LC,
  scientific: iuliia.SCIENTIFIC,
  icao: iuliia.ICAO_DOC_9303,
} as const;

const polish = withIotation(POLISH_FROM_RUSSIAN);
const german = withIotation(GERMAN_FROM_RUSSIAN);
const cache = new Map<string, string>();
/** Distinct (scheme, name) pairs kept: bounds memory over millions of records. */
const CACHE_LIMIT = 200_000;

/** The Latin spelling of a Russian Cyrillic name in the given style. */
export function latinSpelling(cyrillic: string, style: LatinStyle): string {
  if (style === 'polish') return polish(cyrillic);
  if (style === 'german') return german(cyrillic);
  const key = `${style}\u0000${cyrillic}`;
  let out = cache.get(key);
  if (out === undefined) {
    // Some schemes emit combining marks or ё: compose and keep them as the scheme writes them.
    out = iuliia
      .translate(cyrillic, IULIIA_SCHEMES[style])
      .normalize('NFC')
      .replace(/ё/g, 'e')
      .replace(/Ё/g, 'E');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, out);
  }
  return out;
}
