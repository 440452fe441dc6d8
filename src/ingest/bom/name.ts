/**
 * The name at the head of an entry, before the dash: "Крон Арнольд Фрицевич — …",
 * "Шадурский (Шуколовский) Николай Августович (Самуилович) — …", "А-Аку Туликович — …".
 */
import type { RecordFields } from '../../domain/record.ts';
import { isSpace, valueOf, type Piece } from './text-span.ts';

const named = (text: string, p: Piece) => valueOf(text, p, text.slice(p.start, p.end).replace(/\s+/gu, ' '));

/** Longest name head we accept before the dash; a longer head is a sentence, not a name. */
const MAX_NAME_LENGTH = 120;
/** Name heads have at most this many words (outside parentheses). */
const MAX_NAME_WORDS = 5;

const DASH_RE = /\s[—–-]\s/u;
/** Regional books also print "Иванов Иван Иванович, 1898 г. р., …": the name ends at a comma. */
const NAME_COMMA_RE = /^(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*(?:\s*\([^)]*\))?,\s/u;
const PATRONYMIC_RE = /(?:ич|вна|ична|инична|оглы|оглу|кызы|улы)$/iu;
const NAME_WORD_RE = /^[\p{Lu}][\p{L}'’-]*\.?$/u;
/** Joins two people in one head: "Иванов Иван Иванович и Иванова Мария Петровна". */
const PEOPLE_JOIN_RE = /\s(?:и|с\s+(?:женой|мужем|сыном|дочерью))\s/u;

export interface NameResult {
  fields: RecordFields;
  /** Where the rest of the entry starts (after the dash), or 0 when there is no name. */
  bodyStart: number;
  people: number;
  warnings: string[];
}

/** Reads the name head, if the entry has one. */
export function readName(text: string): NameResult {
  const dash = DASH_RE.exec(text.slice(0, MAX_NAME_LENGTH + 3));
  const byDash = dash ? readHead(text, dash.index, dash.index + dash[0].length) : undefined;
  if (byDash && byDash.bodyStart > 0) return byDash;
  const comma = NAME_COMMA_RE.exec(text);
  if (comma) return readHead(text, comma[0].length - 2, comma[0].length);
  return byDash ?? { fields: {}, bodyStart: 0, people: 1, warnings: [] };
}

/** Reads a text that is only a name (a NAME column): "Крон Арнольд Фрицевич". */
export function readNameOnly(text: string): NameResult {
  return readHead(text, text.trimEnd().length, text.length);
}

/** Reads the name in text[0, headEnd); the body starts at bodyStart. */
function readHead(text: string, headEnd: number, bodyStart: number): NameResult {
  const head: Piece = { start: 0, end: headEnd };
  while (head.start < head.end && isSpace(text[head.start])) head.start++;
  const headText = text.slice(head.start, head.end);
  // An entry without a name starts with its first statement ("род. 1884, …").
  if (!/^\p{Lu}/u.test(headText) || /^Род(?:\.|ил)/u.test(headText)) return { fields: {}, bodyStart: 0, people: 1, warnings: [] };

  const join = PEOPLE_JOIN_RE.exec(headText);
  const firstEnd = join ? head.start + join.index : head.end;
  const people = join ? 2 : 1;
  const warnings = join ? [`entry names ${people} people; fields are read for the first: ${headText}`] : [];

  // Words outside parentheses, with their offsets; parentheses hold variants.
  const words: Piece[] = [];
  const variants: Piece[] = [];
  let i = head.start;
  while (i < firstEnd) {
    const c = text[i]!;
    if (c === '(') {
      const close = text.indexOf(')', i);
      if (close < 0 || close > firstEnd) break;
      variants.push({ start: i + 1, end: close });
      i = close + 1;
    } else if (isSpace(c)) {
      i++;
    } else {
      let j = i;
      while (j < firstEnd && !isSpace(text[j]) && text[j] !== '(') j++;
      words.push({ start: i, end: j });
      i = j;
    }
  }
  const wordText = words.map((w) => text.slice(w.start, w.end));
  if (words.length === 0 || words.length > MAX_NAME_WORDS || !wordText.every((w) => NAME_WORD_RE.test(w))) {
    return { fields: {}, bodyStart: 0, people: 1, warnings: [`no name read before the dash: ${headText}`] };
  }

  const fields: RecordFields = {};
  const last = words.length - 1;
  const hasPatronymic = words.length >= 2 && PATRONYMIC_RE.test(wordText[last]!);
  if (words.length === 2 && hasPatronymic) {
    // "А-Аку Туликович": a given name and a patronymic, no surname (common in the North).
    fields.givenName = named(text, words[0]!);
    fields.patronymic = named(text, words[1]!);
  } else {
    fields.surname = named(text, words[0]!);
    if (words.length >= 2) {
      const givenEnd = hasPatronymic && words.length >= 3 ? last - 1 : last;
      fields.givenName = named(text, { start: words[1]!.start, end: words[givenEnd]!.end });
      if (hasPatronymic && words.length >= 3) fields.patronymic = named(text, words[last]!);
    }
  }
  if (variants.length > 0) {
    const span = { start: variants[0]!.start - 1, end: variants.at(-1)!.end + 1 };
    const norm = variants.flatMap((v) => text.slice(v.start, v.end).split(/\s*,\s*/u)).filter(Boolean).join('; ');
    fields.nameVariants = valueOf(text, span, norm);
  }
  return { fields, bodyStart, people, warnings };
}
