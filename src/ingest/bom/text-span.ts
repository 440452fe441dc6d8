/**
 * Pieces of an entry's text with their offsets, so every parsed value can point back to the
 * words it was read from. All offsets are UTF-16 indices into the entry as given, [start, end).
 */
import type { FieldValue } from '../../domain/record.ts';

export interface Piece {
  start: number;
  end: number;
}

export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
/** A Latin or Cyrillic letter (the scripts of the sources), by code point: no allocation. */
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (
    (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x400 && code <= 0x52f)
  );
}

/** Narrows a piece to exclude surrounding whitespace and separators (",", ";", ":"). */
export function trimPiece(text: string, p: Piece): Piece {
  let { start, end } = p;
  while (start < end && (isSpace(text[start]) || text[start] === ',' || text[start] === ';')) start++;
  while (end > start && (isSpace(text[end - 1]) || text[end - 1] === ',' || text[end - 1] === ';' || text[end - 1] === ':')) end--;
  return { start, end };
}

/**
 * Also drops a final sentence period, but keeps the period of an abbreviation ("1938 г.",
 * "Моск. обл.") which is part of what was written.
 */
export function trimSentence(text: string, p: Piece): Piece {
  const t = trimPiece(text, p);
  if (t.end > t.start && text[t.end - 1] === '.' && !endsWithAbbreviation(text, t.start, t.end - 1)) {
    return trimPiece(text, { start: t.start, end: t.end - 1 });
  }
  return t;
}

/**
 * Abbreviations the sources put before a period that does not end a sentence. A single
 * capital letter (an initial, "Б. Ростокинская") and dotted forms ("ж.д.") count too.
 */
const ABBREVIATIONS = new Set([
  'г', 'гг', 'д', 'с', 'п', 'м', 'х', 'у', 'ч', 'ст', 'ул', 'кв', 'пер', 'пл', 'обл', 'губ', 'корп', 'ком', 'комн',
  'стр', 'им', 'тов', 'ок', 'род', 'бывш', 'гл', 'зам', 'нач', 'пр', 'просп', 'наб', 'ш', 'пос', 'дер', 'мест', 'см',
  'р', 'о', 'т', 'б', 'ред', 'изд', 'акад', 'проф', 'инж', 'ген', 'полк', 'кр', 'окр', 'авт', 'тер', 'ст-ца', 'пгт',
  'рп', 'нп', 'б-р', 'пр-д', 'р-н', 'отд', 'упр', 'моск', 'ленингр', 'зап', 'вост', 'сев', 'юж', 'сибир',
  'мл', 'ст-це', 'разд', 'ж', 'ср', 'хут', 'обв', 'искл', 'чл', 'канд', 'быв', 'ж-д', 'станц', 'волост', 'местеч',
  'уезд', 'респ', 'автоном', 'сов', 'нар', 'сел', 'рай', 'гор', 'слоб', 'пров', 'дер', 'губерн',
]);
/** Short words that are whole words, so a period after them ends a sentence ("20 лет."). */
const SHORT_WORDS = new Set(['лет', 'год', 'нет', 'был', 'жил', 'вмн', 'итл', 'все', 'там']);
/** Words up to this length are taken for abbreviations unless listed in SHORT_WORDS. */
const MAX_ABBREVIATION_LETTERS = 3;

/** The word that ends at `end` (exclusive): back to the last space, comma or opening bracket. */
function wordBefore(text: string, start: number, end: number): string {
  let i = end;
  while (i > start) {
    const c = text[i - 1]!;
    if (isSpace(c) || c === ',' || c === '(' || c === '«') break;
    i--;
  }
  return text.slice(i, end);
}

/** True when a period after `word` belongs to it ("г.", "обл.", "ж.д.", "Б."). */
export function isAbbreviation(word: string): boolean {
  if (word.length === 0 || word.includes('/')) return false;
  const lastDot = word.lastIndexOf('.');
  // "ж.д", "т.е": dotted; "им.Орджоникидзе", "г.Москвы": a full word after the dot.
  const last = lastDot >= 0 ? word.slice(lastDot + 1) : word;
  if (last.length === 0) return false;
  for (let i = 0; i < last.length; i++) if (last[i] !== '-' && !isLetter(last[i])) return false;
  if (last.length === 1) return true;
  if (last.length >= 2 && last === last.toUpperCase()) return false; // acronyms: "МВО", "РККА"
  const lower = last.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  return last.length <= MAX_ABBREVIATION_LETTERS && !SHORT_WORDS.has(lower);
}

/** True when the word ending at `end` (exclusive, before a period) is an abbreviation. */
export function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  return isAbbreviation(wordBefore(text, start, end));
}

/** Adjectives cut short before a capital ("Татарск. АССР", "Дальневост. край") do not end a sentence. */
function endsWithCutAdjective(text: string, start: number, end: number): boolean {
  return /^\p{Lu}\p{L}*(?:ск|ст)$/u.test(wordBefore(text, start, end));
}

/** A field value read from a piece of the text. */
export function valueOf(text: string, p: Piece, norm?: string): FieldValue {
  const value: FieldValue = { text: text.slice(p.start, p.end), span: [p.start, p.end] };
  if (norm !== undefined) value.norm = norm;
  return value;
}

/**
 * Splits a piece at commas and semicolons that are not inside parentheses or quotes.
 * Returns trimmed, non-empty pieces.
 */
export function splitItems(text: string, p: Piece): Piece[] {
  const items: Piece[] = [];
  let depth = 0;
  let quoted = false;
  let from = p.start;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (c === '(' || c === '«') depth++;
    else if ((c === ')' || c === '»') && depth > 0) depth--;
    else if (c === '"') quoted = !quoted;
    else if ((c === ',' || c === ';') && depth === 0 && !quoted) {
      // A comma inside a number ("д. 3,5") is not a separator.
      const next = text[i + 1];
      if (!(c === ',' && next !== undefined && next >= '0' && next <= '9' && text[i - 1]! >= '0' && text[i - 1]! <= '9')) {
        pushTrimmed(text, items, { start: from, end: i });
        from = i + 1;
      }
    }
  }
  pushTrimmed(text, items, { start: from, end: p.end });
  return items;
}

function pushTrimmed(text: string, items: Piece[], p: Piece): void {
  const t = trimSentence(text, p);
  if (t.end > t.start) items.push(t);
}

/**
 * The end of the first sentence in a piece: a period followed by a space and a capital
 * letter, where the word before the period is not a short abbreviation. Returns p.end when
 * the piece is one sentence.
 */
export function firstSentenceEnd(text: string, p: Piece): number {
  let depth = 0;
  let scanned = p.start;
  // Jump from period to period; count parentheses on the way.
  for (let dot = text.indexOf('.', p.start); dot >= 0 && dot < p.end - 2; dot = text.indexOf('.', dot + 1)) {
    for (; scanned < dot; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 40 /* ( */) depth++;
      else if (c === 41 /* ) */ && depth > 0) depth--;
    }
    if (depth === 0 && isSpace(text[dot + 1]) && startsSentence(text, dot + 2) && !endsWithAbbreviation(text, p.start, dot) && !endsWithCutAdjective(text, p.start, dot)) {
      return dot + 1;
    }
  }
  return p.end;
}

/**
 * A sentence starts with a capitalised word that is not itself an abbreviation ("Кв. 75",
 * "Д. 12" continue an address) nor all capitals ("АССР").
 */
function startsSentence(text: string, i: number): boolean {
  if (!isUpper(text[i])) return false;
  let j = i + 1;
  while (j < text.length && isLetter(text[j])) j++;
  if (text[j] === '.') return false;
  const word = text.slice(i, j);
  return word.length === 1 || word !== word.toUpperCase();
}

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
