/**
 * Cyrillic → Latin in the schemes a reader or clerk may have used: iuliia's Russian schemes
 * (Wikipedia, BGN/PCGN, ALA-LC, ISO 9 / GOST 7.79, ICAO, scholarly, …) and the national ones of
 * ./national-schemes.ts (Ukrainian 2010, Polish PWN, German Duden).
 */
import { Schemas, translate, type Schema } from 'iuliia';
import { NATIONAL_SCHEMES, romaniseNational, romaniseNationalNormal } from './national-schemes.ts';

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
  /** Letters that have a rule depending on the letter before / after them (most have none). */
  hasPrevRule: Set<string>;
  hasNextRule: Set<string>;
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
  const prev = schema.prevMap.valueOf() as Map<string, string>;
  const next = schema.nextMap.valueOf() as Map<string, string>;
  c = {
    letters: schema.map.valueOf() as Map<string, string>,
    prev,
    next,
    endings: schema.endingMap.valueOf() as Map<string, string>,
    hasPrevRule: new Set([...prev.keys()].map((k) => k.slice(-1))),
    hasNextRule: new Set([...next.keys()].map((k) => k.slice(0, 1))),
  };
  compiled.set(scheme, c);
  return c;
}

/** iuliia's word-ending rule looks at the last two letters of words longer than two. */
const IULIIA_ENDING_LENGTH = 2;
/** Output that needs NFC and the ё fix (iuliia schemes with combining marks or Cyrillic ё). */
const NEEDS_CLEANUP = /[\u0300-\u036fёЁ]/;

/**
 * The same result as `transliterate` for normalised (lower-case, NFC) text, without iuliia's
 * per-letter generator and regular expressions: phonetic keys romanise every distinct surname of a
 * 3M-record archive. Checked against iuliia on every scheme's published samples in the tests.
 */
export function romaniseNormal(text: string, scheme: string): string {
  const c = compile(scheme);
  if (!c) return scheme in NATIONAL_SCHEMES ? romaniseNationalNormal(text, scheme) : transliterate(text, scheme);
  let out = '';
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== ' ' && text[i] !== '-') continue;
    if (i > start) out += romaniseWord(c, text.slice(start, i));
    if (i < text.length) out += text[i];
    start = i + 1;
  }
  return NEEDS_CLEANUP.test(out) ? out.normalize('NFC').replace(/[ёЁ]/g, (ch) => LEFTOVER_CYRILLIC[ch]!) : out;
}

function romaniseWord(c: CompiledSchema, word: string): string {
  let stemLength = word.length;
  let ending: string | undefined;
  if (word.length > IULIIA_ENDING_LENGTH && c.endings.size > 0) {
    ending = c.endings.get(word.slice(-IULIIA_ENDING_LENGTH));
    if (ending !== undefined && ending !== '') stemLength -= IULIIA_ENDING_LENGTH;
    else ending = undefined;
  }
  let out = '';
  let prev = '';
  for (let i = 0; i < stemLength; i++) {
    const curr = word[i]!;
    let latin: string | undefined;
    if (c.hasPrevRule.has(curr)) latin = c.prev.get(prev + curr);
    if (latin === undefined && c.hasNextRule.has(curr)) latin = c.next.get(curr + (i < stemLength - 1 ? word[i + 1]! : ''));
    out += latin ?? c.letters.get(curr) ?? curr;
    prev = curr;
  }
  return ending === undefined ? out : out + ending;
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
