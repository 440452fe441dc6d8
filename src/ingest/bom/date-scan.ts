/**
 * Finds the dates inside a piece of an entry ("Арестован 12 ноября 1938 г. Бабаевским РО…",
 * "Рассстрелян 17.05.1938") and normalises them with the project's date normaliser.
 */
import { normalizeDate, type NormalizedDate } from '../../domain/dates.ts';
import type { Piece } from './text-span.ts';

const MONTH_WORD =
  '(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])';
const YEAR = '(?:1[789]\\d\\d|20\\d\\d)';
const YEAR_SUFFIX = '(?:\\s*(?:гг\\.|г\\.|года|г(?![а-яё])))?';

/** Every printed date form the sources use, longest forms first. */
const DATE_SOURCE =
  `(?:(?:ок\\.|около)\\s*)?(?:` +
  `\\d{1,2}\\.\\d{1,2}\\.${YEAR}` +
  `|\\d{1,2}\\s+${MONTH_WORD}\\s+${YEAR}` +
  `|(?:в\\s+)?${MONTH_WORD}\\s+${YEAR}` +
  `|(?:в\\s+)?${YEAR}(?:\\s*[-–]\\s*(?:${YEAR}|\\d\\d)(?!\\d))?` +
  `)(?![\\d.]\\d)${YEAR_SUFFIX}`;

const DATE_RE = new RegExp(DATE_SOURCE, 'giu');

export interface FoundDate {
  piece: Piece;
  date: NormalizedDate;
}

/** The first date inside the piece, or undefined. Dates that do not normalise are skipped. */
export function findDate(text: string, p: Piece): FoundDate | undefined {
  DATE_RE.lastIndex = p.start;
  for (;;) {
    const m = DATE_RE.exec(text);
    if (!m || m.index >= p.end) return undefined;
    const end = m.index + m[0].length;
    if (end > p.end) return undefined;
    // Not inside a longer number or word ("№12.05.1938", "д.1938").
    const before = text[m.index - 1];
    if (before !== undefined && /[\d.а-яёa-z]/iu.test(before) && !/\s/u.test(before)) continue;
    const date = normalizeDate(m[0]);
    if (date) return { piece: { start: m.index, end }, date };
  }
}
