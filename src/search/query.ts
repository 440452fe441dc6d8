/**
 * What a search asks: a plain object (validated by `searchQuerySchema`, which the HTTP layer
 * also uses to generate its OpenAPI document) and its reading into names, a birth year and
 * filters. Free text in any script: "Jeschow Nikolai 1895", "Kowalski Jan 1898 Minsk", "Ежов".
 */
import { z } from 'zod';
import { isKnownGivenName } from '../names/index.ts';
import { looksLikePatronymic } from './name-keys.ts';

/** Birth-year tolerance when a year is given without one: sources are often a year or two out. */
export const DEFAULT_YEAR_TOLERANCE = 2;
/** Largest tolerance accepted: beyond this a year says nothing. */
export const MAX_YEAR_TOLERANCE = 20;
/** Results per page by default and at most. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const YEAR_WITH_TOLERANCE = /^(1[6-9]\d\d)(?:~(\d{1,2}))?$/;

export const searchQuerySchema = z
  .object({
    q: z.string().max(300).optional().describe('free text in any script: names, a birth year ("1898" or "1898~2"), a place'),
    surname: z.string().max(100).optional(),
    givenName: z.string().max(100).optional(),
    patronymic: z.string().max(100).optional(),
    born: z.string().regex(YEAR_WITH_TOLERANCE, 'born is a year, optionally with a tolerance: 1898 or 1898~2').optional(),
    place: z.string().max(100).optional().describe('birth place or residence, any script'),
    nationality: z.string().max(50).optional().describe('facet key: russian, polish, german, …'),
    sentence: z.enum(['death', 'camp', 'other']).optional(),
    arrestedFrom: z.number().int().min(1900).max(2000).optional().describe('year of arrest, from'),
    arrestedTo: z.number().int().min(1900).max(2000).optional().describe('year of arrest, to'),
    source: z.string().max(100).optional().describe('source id (src_…)'),
    operation: z.string().max(100).optional().describe('operation: an NKVD order number (00447, 00485…) or its name'),
    exact: z.boolean().default(false).describe('match the surname exactly as spelt (no phonetic or cross-script matching)'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
    facets: z.boolean().default(true),
  })
  .strict();

export type SearchQuery = z.input<typeof searchQuerySchema>;
export type ValidSearchQuery = z.output<typeof searchQuerySchema>;

export interface BirthYear {
  year: number;
  tolerance: number;
}

export interface ParsedQuery {
  surname?: string;
  givenName?: string;
  patronymic?: string;
  birth?: BirthYear;
  placeWords: string[];
  filters: {
    nationality?: string;
    sentence?: string;
    arrestedFrom?: number;
    arrestedTo?: number;
    source?: string;
    operation?: string;
  };
  exact: boolean;
  page: number;
  pageSize: number;
  facets: boolean;
  /**
   * The other reading of a two-word name whose first word is a known given name ("Valter Dafid":
   * Valter may be the given name or, as records write it, the surname): search tries both.
   */
  alternative?: { surname: string; givenName: string };
}

/** Reads "1898" or "1898~2". */
export function parseBirth(text: string): BirthYear | undefined {
  const m = YEAR_WITH_TOLERANCE.exec(text.trim());
  if (!m) return undefined;
  const tolerance = m[2] === undefined ? DEFAULT_YEAR_TOLERANCE : Math.min(Number(m[2]), MAX_YEAR_TOLERANCE);
  return { year: Number(m[1]), tolerance };
}

/** Words of the free text that can be names (birth years are not). */
const nameWords = (words: readonly string[]): number => words.filter((w) => parseBirth(w) === undefined).length;

/** Splits free text into names, a year and place words. Fields given explicitly win. */
export function parseQuery(input: SearchQuery): ParsedQuery {
  const query = searchQuerySchema.parse(input);
  const parsed: ParsedQuery = {
    surname: query.surname?.trim() || undefined,
    givenName: query.givenName?.trim() || undefined,
    patronymic: query.patronymic?.trim() || undefined,
    birth: query.born ? parseBirth(query.born) : undefined,
    placeWords: query.place ? query.place.split(/[\s,]+/).filter(Boolean) : [],
    filters: {
      nationality: query.nationality?.toLowerCase(),
      sentence: query.sentence,
      arrestedFrom: query.arrestedFrom,
      arrestedTo: query.arrestedTo,
      source: query.source,
      operation: query.operation,
    },
    exact: query.exact,
    page: query.page,
    pageSize: query.pageSize,
    facets: query.facets,
  };
  const words = (query.q ?? '').split(/[\s,;]+/).filter((w) => w.length > 0);
  const unassigned: string[] = [];
  /** The word written just before the patronymic: the given name, in any Russian word order. */
  let beforePatronymic: string | undefined;
  for (const [i, word] of words.entries()) {
    const birth = parseBirth(word);
    if (birth && !parsed.birth) parsed.birth = birth;
    // The first name word is the surname even when it looks like a patronymic (Адамович, Stankevich).
    else if (!parsed.patronymic && looksLikePatronymic(word) && (unassigned.length > 0 || parsed.surname)) {
      parsed.patronymic = word;
      if (i > 0 && unassigned.at(-1) === words[i - 1]) beforePatronymic = words[i - 1];
    } else unassigned.push(word);
  }
  const freeNames = !parsed.surname && !parsed.givenName;
  // "Фридрих Елисабет Вильгельмовна", "Nikolai Ivanovich Yezhov": given name, then patronymic.
  if (!parsed.givenName && beforePatronymic !== undefined && (unassigned.length > 1 || parsed.surname)) {
    parsed.givenName = unassigned.splice(unassigned.lastIndexOf(beforePatronymic), 1)[0];
  }
  // A known given name is the given name; the first other word is the surname; the rest is place.
  // Records put the surname first, so a known given name after the first word wins over the first word.
  let givenIndex = parsed.givenName ? -1 : unassigned.findIndex((w, i) => i > 0 && isKnownGivenName(w));
  if (givenIndex < 0 && !parsed.givenName && unassigned.length > 1 && isKnownGivenName(unassigned[0]!)) givenIndex = 0;
  const twoWordName = freeNames && !parsed.patronymic && unassigned.length === 2 && nameWords(words) === 2;
  if (givenIndex >= 0) parsed.givenName = unassigned.splice(givenIndex, 1)[0];
  if (!parsed.surname && unassigned.length > 0) parsed.surname = unassigned.shift();
  if (!parsed.givenName && !parsed.placeWords.length && unassigned.length === 1 && nameWords(words) <= 3) {
    // "Ежов Николай" or "Borovsky Volodislav Avgustinovich 1898" with an unknown given name:
    // a name of at most three words (surname, given name, patronymic) has no place in it.
    parsed.givenName = unassigned.shift();
  }
  if (twoWordName && parsed.surname && parsed.givenName && isKnownGivenName(words.find((w) => parseBirth(w) === undefined)!)) {
    parsed.alternative = { surname: parsed.givenName, givenName: parsed.surname };
  }
  parsed.placeWords.push(...unassigned);
  return parsed;
}
