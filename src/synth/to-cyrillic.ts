/**
 * How a Soviet clerk wrote a Polish, German, Latvian or Finnish name in Russian Cyrillic:
 * Kowalski → Ковальский, Schmidt → Шмидт, Bērziņš → Берзиньш, Heikkinen → Хейккинен.
 * Approximate on purpose (real clerks were too), but regular enough to look real.
 */
import { compileRules, type Rewriter } from './rewrite.ts';

const POLISH = compileRules([
  ['szcz', 'щ'], ['sz', 'ш'], ['cz', 'ч'], ['rz', 'ж'], ['ch', 'х'], ['dż', 'дж'], ['dź', 'дз'],
  ['ż', 'ж'], ['ź', 'з'], ['ś', 'с'], ['ć', 'ць'], ['ń', 'нь'], ['ł', 'л'], ['ó', 'у'],
  ['ą', 'он'], ['ę', 'ен'], ['jó', 'ю'], ['li', 'ли'], ['lu', 'лю'], ['ia', 'я'], ['ie', 'е'], ['io', 'ё'], ['iu', 'ю'], ['ja', 'я'],
  ['je', 'е'], ['jo', 'йо'], ['ju', 'ю'], ['ski$', 'ский'], ['cki$', 'цкий'], ['dzki$', 'дзкий'],
  ['ska$', 'ская'], ['cka$', 'цкая'], ['la', 'ля'], ['le', 'ле'], ['lo', 'ло'], ['y', 'ы'],
  ['w', 'в'], ['c', 'ц'], ['j', 'й'], ['h', 'х'], ['a', 'а'], ['b', 'б'], ['d', 'д'], ['e', 'е'],
  ['f', 'ф'], ['g', 'г'], ['i', 'и'], ['k', 'к'], ['l', 'ль'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
  ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['z', 'з'], ['x', 'кс'], ['v', 'в'],
  ['q', 'к'],
]);

const GERMAN = compileRules([
  ['tsch', 'ч'], ['sch', 'ш'], ['chs', 'кс'], ['ch', 'х'], ['ck', 'к'], ['tz', 'ц'], ['ph', 'ф'],
  ['qu', 'кв'], ['ei', 'ай'], ['ey', 'ей'], ['ai', 'ай'], ['ie', 'и'], ['eu', 'ой'], ['äu', 'ой'],
  ['ah', 'а'], ['eh', 'е'], ['oh', 'о'], ['uh', 'у'], ['ja', 'я'], ['je', 'е'], ['jo', 'йо'],
  ['ju', 'ю'], ['ä', 'е'], ['ö', 'е'], ['ü', 'ю'], ['ß', 'с'], ['z', 'ц'], ['w', 'в'], ['v', 'ф'],
  ['j', 'й'], ['h', 'г'], ['y', 'и'], ['x', 'кс'], ['c', 'к'], ['a', 'а'], ['b', 'б'], ['d', 'д'],
  ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['i', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['q', 'к'],
]);

const LATVIAN = compileRules([
  ['š', 'ш'], ['ž', 'ж'], ['č', 'ч'], ['ā', 'а'], ['ē', 'е'], ['ī', 'и'], ['ū', 'у'], ['ņ', 'нь'],
  ['ļ', 'ль'], ['ķ', 'к'], ['ģ', 'г'], ['ja', 'я'], ['je', 'е'], ['ju', 'ю'], ['jā', 'я'],
  ['ie', 'ие'], ['ch', 'х'], ['c', 'ц'], ['h', 'х'], ['j', 'й'], ['y', 'и'], ['a', 'а'], ['b', 'б'],
  ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['i', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'],
  ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'],
  ['z', 'з'], ['w', 'в'], ['x', 'кс'], ['q', 'к'],
]);

const FINNISH = compileRules([
  ['ei', 'ей'], ['ai', 'ай'], ['oi', 'ой'], ['ui', 'уй'], ['äi', 'яй'],
  ['ä', 'я'], ['ö', 'ё'], ['ja', 'я'], ['jä', 'я'], ['ju', 'ю'], ['jo', 'йо'], ['je', 'е'],
  ['ts', 'ц'], ['y', 'ю'], ['j', 'й'], ['h', 'х'], ['a', 'а'], ['b', 'б'], ['d', 'д'], ['e', 'е'],
  ['f', 'ф'], ['g', 'г'], ['i', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
  ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['w', 'в'], ['c', 'к'],
  ['z', 'з'], ['x', 'кс'], ['q', 'к'],
]);

/** Ukrainian letters as a Russian-language record writes them (Білич → Билич). */
const UKRAINIAN = compileRules([
  ['ський$', 'ский'], ['цький$', 'цкий'], ['ська$', 'ская'], ['цька$', 'цкая'], ['і', 'и'], ['ї', 'и'], ['є', 'е'], ['ґ', 'г'], ["'", ''], ['’', ''], ['ʼ', ''],
]);

export type NativeScript = 'russian' | 'ukrainian' | 'polish' | 'german' | 'latvian' | 'finnish';

const BY_SCRIPT: Record<Exclude<NativeScript, 'russian'>, Rewriter> = {
  ukrainian: UKRAINIAN,
  polish: POLISH,
  german: GERMAN,
  latvian: LATVIAN,
  finnish: FINNISH,
};

/** The Russian Cyrillic form of a native name (Russian names are returned unchanged). */
export function toRussianCyrillic(name: string, script: NativeScript): string {
  return script === 'russian' ? name : BY_SCRIPT[script](name);
}
