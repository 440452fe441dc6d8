/**
 * NKVD operational orders named in sentencing statements ("в рамках приказа 00447",
 * "по приказу 00447 НКВД СССР", "Прик№ 00485-37г"): the mass operation a sentence belongs to.
 */
import type { VocabularyEntry } from './vocabulary.ts';

export const OPERATIONS: readonly VocabularyEntry[] = [
  { key: 'order-00447', label: 'Приказ НКВД № 00447 («кулацкая операция»)', labelEn: 'NKVD order 00447 (the "kulak operation")', pattern: /00447/u },
  { key: 'order-00485', label: 'Приказ НКВД № 00485 (польская операция)', labelEn: 'NKVD order 00485 (Polish operation)', pattern: /00485/u },
  { key: 'order-00439', label: 'Приказ НКВД № 00439 (немецкая операция)', labelEn: 'NKVD order 00439 (German operation)', pattern: /00439/u },
  { key: 'order-00593', label: 'Приказ НКВД № 00593 (харбинская операция)', labelEn: 'NKVD order 00593 (Harbin operation)', pattern: /00593/u },
  { key: 'order-00486', label: 'Приказ НКВД № 00486 (жёны и дети «изменников»)', labelEn: 'NKVD order 00486 (wives and children of "traitors")', pattern: /00486/u },
];

/** An order as printed: "приказ(а|у) [НКВД [СССР]] [№] 00447". */
const ORDER_RE = /(?:прик\S*|директив\S*)\s*(?:НКВД\s+(?:СССР\s+)?)?(?:№|#)?\s*(00\d{3})/iu;

/** The operation named in a statement, with where its number is, or undefined. */
export function operationIn(text: string): { key: string; start: number; end: number } | undefined {
  const m = ORDER_RE.exec(text);
  if (!m) return undefined;
  for (const entry of OPERATIONS) {
    if (entry.pattern.test(m[1]!)) return { key: entry.key, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
