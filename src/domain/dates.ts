/**
 * Date normalisation for the whole project: the forms the sources print ("17.05.1938",
 * "12 ноября 1938 г.", "в сентябре 1937 г.", "род. 1884", "ок. 1898", "193X", "1937-1938")
 * become EDTF (Library of Congress Extended Date/Time Format, level 1) with their precision.
 *
 * Pure and fast (a few regular expressions, no parser): the import calls it for every date of
 * every record. Every string it returns is valid EDTF; the tests check that with the `edtf`
 * package on the 43,000 real strings of memo-strings. A text that does not read as one date
 * gives `undefined`: the caller keeps the text, nothing is guessed.
 */

export type DatePrecision = 'year' | 'month' | 'day' | 'range' | 'decade';

export interface NormalizedDate {
  /** EDTF string, e.g. "1938-05-17", "1937-09", "1898~", "193X", "1937-08-12/1937-09". */
  edtf: string;
  precision: DatePrecision;
  /** The source marks the date as doubtful ("?"). */
  uncertain: boolean;
  /** The source marks the date as approximate ("ок.", "около", "~"). */
  approximate: boolean;
}

/** Earliest and latest year a date can be in this archive's scope (births to rehabilitations). */
const MIN_YEAR = 1700;
const MAX_YEAR = 2100;

/** Russian month names by stem: matches nominative, genitive and prepositional forms. */
const MONTH_STEMS: readonly (readonly [string, number])[] = [
  ['янв', 1], ['фев', 2], ['мар', 3], ['апр', 4], ['мая', 5], ['май', 5], ['мае', 5],
  ['июн', 6], ['июл', 7], ['авг', 8], ['сен', 9], ['окт', 10], ['ноя', 11], ['дек', 12],
];

/** Month number of a Russian month word ("ноября", "сентябре", "янв."), or undefined. */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  for (const [stem, n] of MONTH_STEMS) if (w.startsWith(stem)) return n;
  return undefined;
}

// Words around a date that carry no date information ("род.", "в", "г.", "года", "гг.").
const LEADING_NOISE = /^(?:(?:род\.|р\.)\s*|(?:род|родил(?:ся|ась)|в|во|на|от)\s+)+/iu;
const TRAILING_NOISE = /[\s,.;:]*(?:г\.?|гг\.?|года?|годах|году|г\.р\.|г\.\s*р\.|года рождения)?[\s,.;:]*$/iu;
// Russian, and the English, Latin and Polish/German forms of romanised lists ("ca. 1897").
const APPROX_PREFIX = /^(?:ок\.|около|приблиз\.|прибл\.|примерно|~|ca\.?|c\.|circa|abt\.?|about|ok\.|etwa|um)\s*/iu;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** One calendar point parsed from text, before qualifiers. */
interface Point {
  edtf: string;
  precision: 'year' | 'month' | 'day' | 'decade';
}

function ymd(y: number, m?: number, d?: number): Point | undefined {
  if (!validYear(y)) return undefined;
  if (m === undefined) return { edtf: String(y), precision: 'year' };
  if (m < 1 || m > 12) return undefined;
  if (d === undefined) return { edtf: `${y}-${pad2(m)}`, precision: 'month' };
  if (d < 1 || d > daysInMonth(y, m)) return undefined;
  return { edtf: `${y}-${pad2(m)}-${pad2(d)}`, precision: 'day' };
}

const RE_YEAR_ONLY = /^\d{4}$/u;
const RE_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;
const RE_DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;
const RE_MONTH_YEAR = /^(\d{1,2})\.(\d{4})$/u;
const RE_WORDS = /^(?:(\d{1,2})\s+)?([а-яё]{3,}\.?)\s+(\d{4})$/iu;
const RE_DECADE_X = /^(\d{3})[XxХх]$/u;
const RE_DECADE_WORDS = /^(\d{3})0-?(?:е|х|ые|ых)$/iu;

/** Reads a single calendar point without qualifiers. */
function readPoint(raw: string): Point | undefined {
  const s = raw.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
  let m = RE_ISO.exec(s);
  if (m) return ymd(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = RE_DOTTED.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = RE_MONTH_YEAR.exec(s);
  if (m) return ymd(Number(m[2]), Number(m[1]));
  m = RE_WORDS.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month === undefined) return undefined;
    return ymd(Number(m[3]), month, m[1] ? Number(m[1]) : undefined);
  }
  m = RE_DECADE_X.exec(s) ?? RE_DECADE_WORDS.exec(s);
  if (m) {
    const decadeStart = Number(m[1]) * 10;
    return validYear(decadeStart) ? { edtf: `${m[1]}X`, precision: 'decade' } : undefined;
  }
  return undefined;
}

/** A point with no qualifiers, as a NormalizedDate. */
function plain(point: Point | undefined): NormalizedDate | undefined {
  return point ? { edtf: point.edtf, precision: point.precision, uncertain: false, approximate: false } : undefined;
}

/** Reads one point with its qualifiers (?, ~, "ок."). */
function readQualified(raw: string): NormalizedDate | undefined {
  let s = raw.trim().replace(LEADING_NOISE, '').trim();
  let approximate = false;
  let uncertain = false;
  const approx = APPROX_PREFIX.exec(s);
  if (approx) {
    approximate = true;
    s = s.slice(approx[0].length);
  }
  s = s.replace(TRAILING_NOISE, '');
  for (;;) {
    const last = s.at(-1);
    if (last === '?') uncertain = true;
    else if (last === '~') approximate = true;
    else if (last === '%') uncertain = approximate = true;
    else break;
    s = s.slice(0, -1).trimEnd();
  }
  const point = readPoint(s);
  if (!point) return undefined;
  const mark = uncertain && approximate ? '%' : uncertain ? '?' : approximate ? '~' : '';
  // EDTF has no qualifier on a decade with X digits; keep the flags, not the mark.
  const edtf = point.precision === 'decade' ? point.edtf : point.edtf + mark;
  return { edtf, precision: point.precision, uncertain, approximate };
}

/** Splits "A/B", "A–B", "A - B", "с A по B", "между A и B" into two ends. */
const RE_RANGE_WORDS = /^(?:с|между)\s+(.+?)\s+(?:по|до|и)\s+(.+)$/iu;
const RE_RANGE_SLASH = /^([^/]+)\/([^/]+)$/u;
const RE_RANGE_DASH = /^(.+?)\s*[-–—]\s*(.+)$/u;
const RE_YEAR_RANGE = /^(\d{4})\s*[-–—]\s*(\d{2}|\d{4})(?:\s*гг?\.?)?$/u;

function readRange(s: string): NormalizedDate | undefined {
  let a: string | undefined;
  let b: string | undefined;
  const yr = RE_YEAR_RANGE.exec(s);
  if (yr) {
    a = yr[1];
    // "1937-38" means 1937–1938.
    b = yr[2]!.length === 2 ? yr[1]!.slice(0, 2) + yr[2] : yr[2];
  } else {
    const m = RE_RANGE_WORDS.exec(s) ?? RE_RANGE_SLASH.exec(s);
    if (m) [a, b] = [m[1], m[2]];
    else if (!RE_ISO.test(s.replace(/[?~%]$/u, ''))) {
      const d = RE_RANGE_DASH.exec(s);
      if (d) [a, b] = [d[1], d[2]];
    }
  }
  if (a === undefined || b === undefined) return undefined;
  const from = readQualified(a);
  const to = readQualified(b);
  if (!from || !to || from.precision === 'decade' || to.precision === 'decade') return undefined;
  if (startYear(from.edtf) > startYear(to.edtf)) return undefined;
  return {
    edtf: `${from.edtf}/${to.edtf}`,
    precision: 'range',
    uncertain: from.uncertain || to.uncertain,
    approximate: from.approximate || to.approximate,
  };
}

function startYear(edtf: string): number {
  return Number(edtf.slice(0, 4));
}

/**
 * Normalises one date as printed. Returns undefined when the text is not a single date
 * (or a single range) that this function is sure of.
 */
export function normalizeDate(text: string): NormalizedDate | undefined {
  // Fast path for the two commonest printed forms ("17.05.1938", "1884").
  const dotted = RE_DOTTED.exec(text);
  if (dotted) return plain(ymd(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])));
  if (RE_YEAR_ONLY.test(text)) return plain(ymd(Number(text)));
  const s = text.trim().replace(/\s+/gu, ' ');
  if (s.length === 0 || s.length > 60) return undefined;
  return readQualified(s) ?? readRange(s.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, ''));
}

const RE_EDTF_POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/u;
const RE_EDTF_DECADE = /^(\d{3})X$/u;
const RE_EDTF_CENTURY = /^(\d{2})XX$/u;

function pointYears(edtf: string): { min: number; max: number } | undefined {
  let m = RE_EDTF_POINT.exec(edtf);
  if (m) return { min: Number(m[1]), max: Number(m[1]) };
  m = RE_EDTF_DECADE.exec(edtf);
  if (m) return { min: Number(m[1]) * 10, max: Number(m[1]) * 10 + 9 };
  m = RE_EDTF_CENTURY.exec(edtf);
  if (m) return { min: Number(m[1]) * 100, max: Number(m[1]) * 100 + 99 };
  return undefined;
}

/**
 * The span of years an EDTF date covers (for search by year and for stats). Handles the
 * forms normalizeDate produces plus centuries and open-ended intervals ("1937/..");
 * returns undefined for anything else.
 */
export function edtfYear(edtf: string): { min: number; max: number } | undefined {
  const slash = edtf.indexOf('/');
  if (slash < 0) return pointYears(edtf);
  const a = edtf.slice(0, slash);
  const b = edtf.slice(slash + 1);
  const from = a === '' || a === '..' ? undefined : pointYears(a);
  const to = b === '' || b === '..' ? undefined : pointYears(b);
  if (!from && !to) return undefined;
  if ((a !== '' && a !== '..' && !from) || (b !== '' && b !== '..' && !to)) return undefined;
  return { min: from?.min ?? MIN_YEAR, max: to?.max ?? MAX_YEAR };
}
