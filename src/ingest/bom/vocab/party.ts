/**
 * Party membership as printed: "б/п", "член ВКП(б) с 1927 по 1938", "кандидат в члены
 * ВКП(б)", "исключен из ВКП(б) в 1935 г.", "член КП Германии", "член ВЛКСМ".
 */
import type { VocabularyEntry } from './vocabulary.ts';

/** Tested in order: the first match wins, so the more specific forms come first. */
export const PARTY: readonly VocabularyEntry[] = [
  { key: 'non-party', label: 'беспартийный', labelEn: 'non-party', pattern: /^(?:б\/п|беспарт)/iu },
  { key: 'vkpb-expelled', label: 'исключен из ВКП(б)', labelEn: 'expelled from the VKP(b)', pattern: /^(?:исключ\S*|искл\.)\s+из\s+(?:кандидатов\s+в\s+члены\s+)?(?:ВКП|РКП|КПСС)/iu },
  { key: 'vkpb-former', label: 'бывший член ВКП(б)', labelEn: 'former member of the VKP(b)', pattern: /^(?:бывш(?:ий|ая|\.)\s+)(?:член|кандидат)\S*\s+(?:в\s+члены\s+)?(?:ВКП|РКП)/iu },
  { key: 'vkpb-candidate', label: 'кандидат в члены ВКП(б)', labelEn: 'candidate member of the VKP(b)', pattern: /^кандидат\s+в\s+члены\s+(?:ВКП|РКП)/iu },
  { key: 'vkpb', label: 'член ВКП(б)', labelEn: 'member of the VKP(b)', pattern: /^(?:в\s+\d{4}\s*[-–]\s*\d{2,4}(?:\s+гг?\.)?\s+)?член\s+(?:ВКП|РКП)/iu },
  { key: 'komsomol', label: 'член ВЛКСМ', labelEn: 'Komsomol member', pattern: /^(?:член\s+)?(?:ВЛКСМ|РКСМ|комсомол)/iu },
  { key: 'foreign-communist', label: 'член иностранной КП', labelEn: 'member of a foreign communist party', pattern: /^(?:член|кандидат\s+в\s+члены)\s+(?:(?:КП|компартии|Коммунистической\s+партии)\s+(?!Украины|Белоруссии|\(б\))|КП[ГПЛЧАФ](?![\p{L}]))/u },
  { key: 'former-other-party', label: 'бывший член другой партии', labelEn: 'former member of another party', pattern: /^(?:бывш\S*|в\s+прошлом)\s+(?:\S+\s+)?(?:эсер|меньшевик|анархист|бундовец|кадет)/iu },
  { key: 'other-party', label: 'член другой партии', labelEn: 'member of another party', pattern: /^(?:член|бывший\s+член)\s+(?:партии\s+)?(?:эсеров|Бунда|ПСР|РСДРП|анархистов|партии)/iu },
];

/** True when an item of a profile is a party statement (of any kind above). */
export function partyKey(item: string): string | undefined {
  for (const entry of PARTY) if (entry.pattern.test(item)) return entry.key;
  return undefined;
}
