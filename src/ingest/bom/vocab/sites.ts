/**
 * Execution and burial sites as printed ("Бутово", "Коммунарка", "Донское кладбище",
 * "Ваганьковское кладбище", "Левашовская пустошь"…). The apparatus layer gives each key an
 * entity with its location and sources.
 */
import type { VocabularyEntry } from './vocabulary.ts';

export const SITES: readonly VocabularyEntry[] = [
  { key: 'butovo', label: 'Бутовский полигон', labelEn: 'Butovo firing range', pattern: /бутов/iu },
  { key: 'kommunarka', label: 'Коммунарка', labelEn: 'Kommunarka shooting ground', pattern: /коммунарк/iu },
  { key: 'donskoe', label: 'Донское кладбище (крематорий)', labelEn: 'Donskoe cemetery (crematorium)', pattern: /донско/iu },
  { key: 'vagankovo', label: 'Ваганьковское кладбище', labelEn: 'Vagankovo cemetery', pattern: /ваганьков/iu },
  { key: 'yauza-hospital', label: 'Яузская больница', labelEn: 'Yauza hospital', pattern: /яузск\S*\s+больниц/iu },
  { key: 'levashovo', label: 'Левашовская пустошь', labelEn: 'Levashovo wasteland', pattern: /левашов/iu },
  { key: 'sandarmokh', label: 'Сандармох', labelEn: 'Sandarmokh', pattern: /сандармох/iu },
  { key: 'krasny-bor', label: 'Красный Бор', labelEn: 'Krasny Bor', pattern: /красн\S*\s+бор/iu },
  { key: 'kurapaty', label: 'Куропаты', labelEn: 'Kurapaty', pattern: /куропат/iu },
  { key: 'bykivnia', label: 'Быковня', labelEn: 'Bykivnia', pattern: /быковн/iu },
  { key: 'mednoe', label: 'Медное', labelEn: 'Mednoye', pattern: /медно/iu },
  { key: 'katyn', label: 'Катынь', labelEn: 'Katyn', pattern: /катын/iu },
  { key: 'zayeltsovo', label: 'Заельцовское кладбище', labelEn: 'Zayeltsovsky cemetery', pattern: /заельцов/iu },
];

export function siteKey(text: string): string | undefined {
  for (const entry of SITES) if (entry.pattern.test(text)) return entry.key;
  return undefined;
}
