/**
 * Cyrillic → Latin in the schemes a reader or clerk may have used: iuliia's Russian schemes
 * (Wikipedia, BGN/PCGN, ALA-LC, ISO 9 / GOST 7.79, ICAO, scholarly, …) and the national ones of
 * ./national-schemes.ts (Ukrainian 2010, Polish PWN, German Duden).
 */
import { Schemas, translate, type Schema } from 'iuliia';
import { NATIONAL_SCHEMES, romaniseNational } from './national-schemes.ts';

const IULIIA_SCHEMES = new Map<string, Schema>();
for (const schema of Schemas.values()) IULIIA_SCHEMES.set(schema.name, schema);

/** Every scheme name `transliterate` accepts: iuliia's, then the national ones. */
export const TRANSLIT_SCHEMES: readonly string[] = Object.freeze([
  ...[...IULIIA_SCHEMES.keys()].sort(),
  ...Object.keys(NATIONAL_SCHEMES),
]);

/** Some iuliia schemes leave Cyrillic ё in their output (as a "letter" of their alphabet). */
const LEFTOVER_CYRILLIC: Record<string, string> = { ё: 'ë', Ё: 'Ë' };

interface CompiledSchema {
  letters: Map<string, string>;
  prev: Map<string, string>;
  next: Map<string, string>;
  endings: Map<string, string>;
}
const compiled = new Map<string, CompiledSchema>();

function compile(scheme: string): CompiledSchema | undefined {
  let c = compiled.get(scheme);
  if (c) return c;
  const found = IULIIA_SCHEMES.get(scheme);
  if (!found) return undefined;
  // iuliia keeps its mappings private; they are Mapping objects whose valueOf() is the Map.
  type Mapping = { valueOf(): unknown };
  const schema = found as unknown as { map: Mapping; prevMap: Mapping; nextMap: Mapping; endingMap: Mapping };
  c = {
    letters: schema.map.valueOf() as Map<string, string>,
    prev: schema.prevMap.valueOf() as Map<string, string>,
    next: schema.nextMap.valueOf() as Map<string, string>,
    endings: schema.endingMap.valueOf() as Map<string, string>,
  };
  compiled.set(scheme, c);
  return c;
}

/** iuliia's word-ending rule looks at the last two letters of words longer than two. */
const IULIIA_ENDING_LENGTH = 2;

/**
 * The same result as `transliterate` for normalised (lower-case, NFC) text, without iuliia's
 * per-letter generator: phonetic keys romanise every distinct surname of a 3M-record archive.
 * Checked against iuliia on every scheme's published samples in the tests.
 */
export function romaniseNormal(text: string, scheme: string): string {
  const c = compile(scheme);
  if (!c) return scheme in NATIONAL_SCHEMES ? romaniseNational(text, scheme) : transliterate(text, scheme);
  let out = '';
  for (const word of text.split(/([^\p{L}]+)/u)) {
    if (word.length === 0) continue;
    if (!/\p{L}/u.test(word[0]!)) {
      out += word;
      continue;
    }
    let stemLength = word.length;
    let ending: string | undefined;
    if (word.length > IULIIA_ENDING_LENGTH) {
      ending = c.endings.get(word.slice(-IULIIA_ENDING_LENGTH));
      if (ending !== undefined && ending !== '') stemLength -= IULIIA_ENDING_LENGTH;
      else ending = undefined;
    }
    let prev = '';
    for (let i = 0; i < stemLength; i++) {
      const curr = word[i]!;
      const next = i < stemLength - 1 ? word[i + 1]! : '';
      out += c.prev.get(prev + curr) ?? c.next.get(curr + next) ?? c.letters.get(curr) ?? curr;
      prev = curr;
    }
    if (ending !== undefined) out += ending;
  }
  return out.normalize('NFC').replace(/[ёЁ]/g, (ch) => LEFTOVER_CYRILLIC[ch]!);
}

/** Romanises `text` in `scheme` (one of TRANSLIT_SCHEMES); Latin text passes through unchanged. */
export function transliterate(text: string, scheme: string): string {
  const input = text.normalize('NFC');
  const schema = IULIIA_SCHEMES.get(scheme);
  if (schema) {
    return translate(input, schema)
      .normalize('NFC')
      .replace(/[ёЁ]/g, (c) => LEFTOVER_CYRILLIC[c]!);
  }
  if (scheme in NATIONAL_SCHEMES) return romaniseNational(input, scheme);
  throw new Error(`unknown transliteration scheme "${scheme}"; known: ${TRANSLIT_SCHEMES.join(', ')}`);
}
