/**
 * Normal form of a name as written: the one spelling every other part of the names layer starts
 * from. NFC, lower case, ё→е, apostrophes and OCR debris removed, Latin diacritics folded to the
 * digraphs a reader would have typed (ž→zh, never ž→z: stripping turns Щербаков into "Serbakov").
 */

/** Latin letters with diacritics, folded to ASCII spellings that keep their sound. */
const LATIN_FOLD: Record<string, string> = {
  ž: 'zh', ż: 'zh', š: 'sh', č: 'ch', ŝ: 'shch', ć: 'ch', ĉ: 'ch', ẑ: 'zh', ĵ: 'j', ǰ: 'j',
  ś: 's', ź: 'z', ł: 'l', ń: 'n', ó: 'o', ř: 'rzh', ŕ: 'r', ĺ: 'l', ľ: 'l',
  ā: 'a', ē: 'e', ī: 'i', ō: 'o', ū: 'u', ȳ: 'y', ģ: 'g', ķ: 'k', ļ: 'l', ņ: 'n', ŗ: 'r',
  ä: 'ae', ö: 'oe', ü: 'ue', õ: 'o', ß: 'ss', ë: 'e', è: 'e', é: 'e', ê: 'e', ě: 'e', ė: 'e',
  â: 'ya', û: 'yu', ŭ: 'u', ĭ: 'i', ì: 'i', í: 'i', î: 'i', ï: 'yi', ı: 'i', à: 'a', á: 'a',
  ã: 'a', å: 'a', ò: 'o', ô: 'o', ø: 'o', ù: 'u', ú: 'u', ý: 'y', ÿ: 'y', ñ: 'n', ç: 'c',
  đ: 'd', ď: 'd', ť: 't', ţ: 't', ț: 't', ş: 'sh', ș: 'sh', ğ: 'g', ǵ: 'g', ḱ: 'k',
  ǎ: 'a', ǐ: 'i', ǒ: 'o', ǔ: 'u', æ: 'ae', œ: 'oe',
};

/** Cyrillic letters that only differ in spelling convention (ё is written as е in most sources). */
const CYRILLIC_FOLD: Record<string, string> = { ё: 'е', ѣ: 'е', ѳ: 'ф', ѵ: 'и' };

/**
 * Latin letters that OCR puts inside Cyrillic words (they look identical); mapped back when the
 * word is otherwise Cyrillic.
 */
const HOMOGLYPH_TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у', i: 'і',
};

/** Apostrophes, primes and soft/hard sign marks used by romanisations: dropped. */
const DROPPED = new Set(["'", '’', 'ʼ', '`', '´', 'ʹ', 'ʺ', '"', '”', '“', '‘', '′', '″', 'ʻ', 'ʽ', '\u0361']);

/** Characters that separate words: runs collapse to one space. */
const SEPARATOR = /[\s,;:_/\\|()[\]{}<>*+=!?#&@~^]+/g;

const CYRILLIC = /[\u0400-\u04ff]/;
/** Anything that separates words or needs tidying between them; text without it is one word. */
const NEEDS_SPLITTING = /[\s,;:_/\\|()[\]{}<>*+=!?#&@~^.-]/;
const NORMALIZE_CACHE_LIMIT = 200_000; // distinct strings kept; bounds memory on 3M-record ingests
const cache = new Map<string, string>();

/** Normalises a name (any script) to the form all keys are computed from. Idempotent. */
export function normalizeName(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const result = computeNormal(text);
  if (cache.size >= NORMALIZE_CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

/**
 * True when the text is one word of plain lower-case letters of one script (a-z, or а-я without
 * ё): already normal. Most romanisations and most surnames take this path.
 */
function isPlainWord(text: string): boolean {
  if (text.length === 0) return false;
  const latin = text.charCodeAt(0) < 0x80;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (latin ? code < 97 || code > 122 : code < 0x430 || code > 0x44f) return false;
  }
  return true;
}

/** normalizeName without the cache, for strings seen once (romanisations made while keying). */
export function normalizeNameUncached(text: string): string {
  return computeNormal(text);
}

function computeNormal(text: string): string {
  if (isPlainWord(text)) return text;
  // A capitalised plain word (Кузьмин, Petrov): lower-case it and check again.
  const lowered = text.toLowerCase();
  if (lowered !== text && isPlainWord(lowered)) return lowered;
  const lower = text.normalize('NFC').toLowerCase();
  if (!NEEDS_SPLITTING.test(lower)) {
    const folded = foldWord(lower);
    return folded.replace(/^-+|-+$/g, '');
  }
  const words = lower
    .replace(SEPARATOR, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\.+/g, ' ')
    .trim()
    .split(' ');
  const out: string[] = [];
  for (const word of words) {
    const folded = foldWord(word);
    if (folded.length > 0 && folded !== '-') out.push(folded.replace(/^-+|-+$/g, ''));
  }
  return out.filter((w) => w.length > 0).join(' ');
}

function foldWord(word: string): string {
  const cyrillicWord = CYRILLIC.test(word);
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const code = word.charCodeAt(i);
    if (cyrillicWord) {
      if (code >= 0x430 && code <= 0x44f) out += ch; // а-я: the usual case
      else if (DROPPED.has(ch)) continue;
      else {
        const c = CYRILLIC_FOLD[ch] ?? HOMOGLYPH_TO_CYRILLIC[ch];
        if (c !== undefined) out += c;
        else if (ch === '-' || isLetter(ch)) out += ch;
      }
      continue;
    }
    if (code >= 97 && code <= 122) {
      out += ch; // a-z: the usual case
      continue;
    }
    if (DROPPED.has(ch)) continue;
    if (ch === 'ą' || ch === 'ę') {
      // Polish nasal vowels: a nasal before a consonant (Mężyński = Menżyński ~ Менжинский).
      const next = word[i + 1];
      out += ch === 'ą' ? 'o' : 'e';
      if (next !== undefined && !/[aeiouyąęó\-]/.test(next)) out += 'n';
      continue;
    }
    const f = LATIN_FOLD[ch];
    if (f !== undefined) out += f;
    else if (ch === '-' || isLetter(ch)) out += stripMarks(ch);
  }
  return out;
}

/** A letter of any script (surrogate pairs are rare in names and pass as two non-letters). */
function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

/** Removes combining marks from a letter not in the fold table (rare scripts, stray accents). */
function stripMarks(ch: string): string {
  return ch.normalize('NFD').replace(/\p{M}/gu, '');
}

/** True when the text contains a Cyrillic letter. */
export function isCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Empties the cache (benchmarks measure cold keys with it). */
export function clearNormalizeCache(): void {
  cache.clear();
}
