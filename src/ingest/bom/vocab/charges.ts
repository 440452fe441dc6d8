/**
 * Charges as printed after "обв.:": article 58 of the RSFSR code with its clauses
 * ("58-2-8-9-10-11", "58 п. 10, 11", "58-1 "а"", "54-10 УК УССР"), and the abbreviations of
 * the extrajudicial bodies (СОЭ, ЧСИР, КРД, АСА…). Keys: "58-1a" … "58-14" (clause 1 with
 * its letter a/b/v/g when printed), "59-3" etc., and the abbreviation keys below.
 */
import type { VocabularyEntry } from './vocabulary.ts';

export const CHARGE_ABBREVIATIONS: readonly VocabularyEntry[] = [
  { key: 'ChSIR', label: 'ЧСИР (член семьи изменника Родины)', labelEn: 'Family member of a traitor to the motherland', pattern: /ЧСИР|член\S*\s+семьи\s+изменник/iu },
  { key: 'SOE', label: 'СОЭ (социально опасный элемент)', labelEn: 'Socially dangerous element', pattern: /(?<![\p{L}])СОЭ(?![\p{L}])|социально[\s-]+опасн/iu },
  { key: 'SVE', label: 'СВЭ (социально вредный элемент)', labelEn: 'Socially harmful element', pattern: /(?<![\p{L}])СВЭ(?![\p{L}])|социально[\s-]+вредн/iu },
  { key: 'KRTD', label: 'КРТД (контрреволюционная троцкистская деятельность)', labelEn: 'Counter-revolutionary Trotskyist activity', pattern: /КРТД|троцкист/iu },
  { key: 'KRD', label: 'КРД (контрреволюционная деятельность)', labelEn: 'Counter-revolutionary activity', pattern: /(?<![\p{L}])КРД(?![\p{L}])|(?:к\/р|к\.-р\.|к-р|контрреволюционн\S*)\s+(?:\S+\s+)?деятельност/iu },
  { key: 'ASA', label: 'АСА (антисоветская агитация)', labelEn: 'Anti-Soviet agitation', pattern: /(?<![\p{L}])АСА(?![\p{L}])|(?:а\/с|антисоветск\S*)\s+агит/iu },
  { key: 'KRA', label: 'КРА (контрреволюционная агитация)', labelEn: 'Counter-revolutionary agitation', pattern: /(?<![\p{L}])КРА(?![\p{L}])|(?:к\/р|к\.-р\.|к-р|контрреволюционн\S*)\s+агитац/iu },
  { key: 'KRO', label: 'КРО (участие в контрреволюционной организации)', labelEn: 'Membership of a counter-revolutionary organisation', pattern: /(?<![\p{L}])КРО(?![\p{L}])|(?:к\/р|к\.-р\.|к-р|контрреволюционн\S*)\s+(?:\S+\s+)?(?:организац|группировк)/iu },
  { key: 'kulak', label: 'кулак', labelEn: 'Kulak (dekulakisation)', pattern: /кулак/iu },
  { key: 'decree-1930-02-01', label: 'Постановление ЦИК и СНК СССР от 1.02.1930', labelEn: 'Decree of 1 February 1930 on dekulakisation', pattern: /(?:ЦИК\s+и\s+СНК|СНК\s+и\s+ЦИК).*?0?1\.0?2\.?\s*1930/iu },
  { key: 'ethnic-origin', label: 'по национальному признаку', labelEn: 'Ethnic origin (deported as a people)', pattern: /нац\S*\s*признак|^\s*(?:немцы|турки|греки|корейцы|калмыки|чеченцы|ингуши|балкарцы|карачаевцы|крымские\s+татары|поляки|финны)\.?\s*$/iu },
  { key: 'ASD', label: 'антисоветская деятельность', labelEn: 'Anti-Soviet activity', pattern: /(?<![\p{L}])АСД(?![\p{L}])|(?:а\/с|антисоветск\S*)\s+(?:\S+\s+)?деятельност/iu },
  { key: 'espionage', label: 'шпионаж', labelEn: 'Espionage', pattern: /шпион|агент\S*\s+(?:\S+\s+)?разведк/iu },
  { key: 'political', label: 'по политическим мотивам', labelEn: 'On political grounds (not specified)', pattern: /по\s+политическим\s+мотивам/iu },
  { key: 'PSh', label: 'ПШ (подозрение в шпионаже)', labelEn: 'Suspicion of espionage', pattern: /(?<![\p{L}])ПШ(?![\p{L}])|подозрени\S*\s+в\s+шпионаж/iu },
];

/** Clause letters of article 58-1 as printed, to the keys' Latin letters. */
const CLAUSE_LETTER: Readonly<Record<string, string>> = { а: 'a', б: 'b', в: 'v', г: 'g' };
/** Article 58 has clauses 1 to 14; a bigger number after "58-" is not a clause. */
const MAX_CLAUSE_58 = 14;
/** Article 59 (crimes against the order of government) has clauses 1 to 14 as well. */
const MAX_CLAUSE_59 = 14;

// "58-2-8-9-10-11", "58 п. 10, 11", "58-1 "а"", "58-10 ч.1, 11", "ст. ст. 58-6, 58-11".
const ARTICLE_RE = /(?<!\d|\d\.)(5[489])\s*(?:-\s*|,?\s*п\.\s*(?:п\.\s*)?)(\d{1,2}(?:\s*["«]?[абвг](?![\p{L}])["»]?)?(?:\s*(?:-|,|и|ч\.\s*\d+\s*,?|п\.)\s*-?\s*(?!5[489]\s*-)\d{1,2}(?![\d.])(?:\s*["«]?[абвг](?![\p{L}])["»]?)?)*)/giu;
const CLAUSE_RE = /(\d{1,2})\s*["«]?([абвг])?/gu;

/** Keys of the articles and clauses of article 58 (and 59) in a charge, in order, unique. */
export function articleKeys(text: string): string[] {
  const keys: string[] = [];
  const ukrainian = /УССР/u.test(text);
  for (const m of text.matchAll(ARTICLE_RE)) {
    const article = m[1]!;
    // Article 54 of the Ukrainian code is the equivalent of article 58 of the RSFSR code.
    if (article === '54' && !ukrainian) continue;
    const target = article === '59' ? '59' : '58';
    const max = target === '59' ? MAX_CLAUSE_59 : MAX_CLAUSE_58;
    // "ч.1" is a part of the clause before it, not a clause.
    const clauses = m[2]!.replace(/ч\.\s*\d+/gu, ' ');
    for (const c of clauses.matchAll(CLAUSE_RE)) {
      const n = Number(c[1]);
      if (n < 1 || n > max) break;
      const letter = c[2] && n === 1 ? CLAUSE_LETTER[c[2]] ?? '' : '';
      const key = `${target}-${n}${letter}`;
      if (!keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}

/** "по ст. 58 УК РСФСР": the article without a clause. */
const BARE_58_RE = /(?<!\d|\d\.)58(?![\d-]|\s*п\.|\s*-)/u;

/** All charge keys in a charge text: articles first, then abbreviations. */
export function chargeKeys(text: string): string[] {
  const keys = articleKeys(text);
  if (keys.length === 0 && BARE_58_RE.test(text) && /ст\.|УК/u.test(text)) keys.push('58');
  for (const entry of CHARGE_ABBREVIATIONS) if (entry.pattern.test(text) && !keys.includes(entry.key)) keys.push(entry.key);
  return keys;
}
