/** Education as printed: "малограмотный", "неграмотная", "образование высшее", "среднее". */
import type { VocabularyEntry } from './vocabulary.ts';

export const EDUCATION: readonly VocabularyEntry[] = [
  { key: 'illiterate', label: 'неграмотный', labelEn: 'illiterate', pattern: /^(?:не|без)грамотн\S*$/iu },
  { key: 'semi-literate', label: 'малограмотный', labelEn: 'semi-literate', pattern: /^малограмотн\S*$/iu },
  { key: 'literate', label: 'грамотный', labelEn: 'literate', pattern: /^грамотн\S*$/iu },
  { key: 'primary', label: 'начальное', labelEn: 'primary', pattern: /^(?:образование[:\s]+)?(?:низшее|начальное)(?:\s+образование)?$/iu },
  { key: 'incomplete-secondary', label: 'неполное среднее', labelEn: 'incomplete secondary', pattern: /^(?:образование[:\s]+)?неполное\s+среднее(?:\s+образование)?$/iu },
  { key: 'secondary', label: 'среднее', labelEn: 'secondary', pattern: /^(?:образование[:\s]+)?среднее(?:\s+(?:специальное|техническое))?(?:\s+образование)?$/iu },
  { key: 'incomplete-higher', label: 'неполное высшее', labelEn: 'incomplete higher', pattern: /^(?:образование[:\s]+)?неполное\s+высшее(?:\s+образование)?$/iu },
  { key: 'higher', label: 'высшее', labelEn: 'higher', pattern: /^(?:образование[:\s]+)?высшее(?:\s+\S+)?(?:\s+образование)?$/iu },
];

export function educationKey(item: string): string | undefined {
  for (const entry of EDUCATION) if (entry.pattern.test(item)) return entry.key;
  return undefined;
}
