/**
 * Sentences as printed: "ВМН" and "расстрел" (death), "10 лет ИТЛ" (corrective-labour camp),
 * "5 лет ссылки" (exile), "выслан", "выселение" (deportation), "20 лет" (a term, kind not
 * printed). Normalised as "KIND" or "KIND:Ny" (N years), e.g. "death", "camp:10y", "term:20y".
 */
import type { VocabularyEntry } from './vocabulary.ts';

export const SENTENCES: readonly VocabularyEntry[] = [
  { key: 'death', label: 'ВМН (расстрел)', labelEn: 'Death (shooting)', pattern: /(?<![\p{L}])ВМН(?![\p{L}])|высш\S*\s+мер|ВМСЗ|рас+тр[еe]л/iu },
  { key: 'camp', label: 'ИТЛ (исправительно-трудовой лагерь)', labelEn: 'Corrective-labour camp', pattern: /ИТЛ|ИТК|лагер|концлагер|конц\.\s*лаг/iu },
  { key: 'exile', label: 'Ссылка', labelEn: 'Exile', pattern: /ссылк|сослан/iu },
  { key: 'deportation', label: 'Высылка, выселение', labelEn: 'Deportation', pattern: /высылк|выслан|выселен|спецпоселен|депорт/iu },
  { key: 'imprisonment', label: 'Лишение свободы, тюремное заключение', labelEn: 'Imprisonment', pattern: /тюр[еь]м|л\/с|лишени\S*\s+свобод|заключени/iu },
  { key: 'released', label: 'Освобожден, дело прекращено', labelEn: 'Released or case dropped', pattern: /освобож|оправдан|прекращ/iu },
];

/** A term in years as printed: "10 лет", "3 года", "1 год". */
const YEARS_RE = /(?<!\d)(\d{1,2})\s*(?:лет|год(?:а|ам)?)(?![\p{L}])/iu;
/** Longest term a sentence of the period could give; a bigger number is not a term. */
const MAX_TERM_YEARS = 25;

/** The normalised sentence of a text ("camp:10y", "death", "term:20y"), or undefined. */
export function sentenceNorm(text: string): string | undefined {
  let kind: string | undefined;
  for (const entry of SENTENCES) {
    if (entry.pattern.test(text)) {
      kind = entry.key;
      break;
    }
  }
  const years = YEARS_RE.exec(text);
  const n = years ? Number(years[1]) : undefined;
  const term = n !== undefined && n >= 1 && n <= MAX_TERM_YEARS ? `:${n}y` : '';
  if (kind === 'death' || kind === 'released') return kind;
  if (kind) return kind + term;
  return term ? `term${term}` : undefined;
}
