/**
 * Bodies of the apparatus as printed in sentencing, arrest and rehabilitation statements
 * ("тройкой при УНКВД по Омской обл.", "Комиссия НКВД СССР и Прокурора СССР", "ОСО",
 * "Военной коллегией Верховного суда СССР", "Бабаевским РО УНКВД ВО", "УВД Амурской обл.").
 * One vocabulary for all three roles, so one key is one kind of body wherever it appears.
 * Tested in order: the first match wins, so the more specific forms come first.
 */
import type { VocabularyEntry } from './vocabulary.ts';

/** A word or abbreviation on its own (JavaScript's \b does not know Cyrillic). */
const word = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'iu');
/** Case-sensitive, for capitalised abbreviations that are also Russian words ("ОСО", "ВТ"). */
const abbr = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'u');

export const BODIES: readonly VocabularyEntry[] = [
  { key: 'military-collegium-visiting', label: 'Выездная сессия Военной коллегии ВС СССР', labelEn: 'Visiting session of the Military Collegium of the USSR Supreme Court', pattern: /выездн\S*\s+сесси\S*\s+(?:военн\S*\s+коллеги|ВКВС)/iu },
  { key: 'military-collegium', label: 'Военная коллегия Верховного суда СССР', labelEn: 'Military Collegium of the USSR Supreme Court', pattern: /военн\S*\s+коллеги|(?<![\p{L}])ВК\s*ВС(?![\p{L}])|ВКВС/iu },
  { key: 'dvoika', label: 'Комиссия НКВД и Прокурора СССР («двойка»)', labelEn: 'NKVD–Procurator Commission ("dvoika")', pattern: /комисси\S*\s+НКВД(?:\s+СССР)?\s+и\s+прокур|двойк/iu },
  { key: 'oso', label: 'Особое совещание', labelEn: 'Special Board (OSO)', pattern: /особ\S*\s+совещ|(?<![\p{L}])ОСО(?![\p{L}])/iu },
  { key: 'ogpu-collegium', label: 'Коллегия ОГПУ', labelEn: 'OGPU Collegium', pattern: /коллеги\S*\s+(?:при\s+)?(?:ОГПУ|ГПУ|ВЧК)/iu },
  { key: 'militia-troika', label: 'Милицейская тройка', labelEn: 'Militia troika', pattern: /(?:милицейск\S*\s+тройк|тройк\S*\s+(?:при\s+)?(?:\S+\s+)?(?:милиции|УРКМ))/iu },
  { key: 'ogpu-troika', label: 'Тройка ПП ОГПУ', labelEn: 'OGPU troika', pattern: /(?:тройк\S*|(?<![\p{L}])Тр\.).*?(?:ОГПУ|ГПУ)/iu },
  { key: 'nkvd-troika', label: 'Тройка НКВД', labelEn: 'NKVD troika', pattern: /(?:тройк\S*|(?<![\p{L}])Тр\.).*?(?:НКВД|УНКВД|УГБ|УМГБ)/iu },
  { key: 'district-troika', label: 'Районная тройка (раскулачивание)', labelEn: 'District troika (dekulakisation)', pattern: /райтройк|районн\S*\s+тройк/iu },
  { key: 'troika', label: 'Тройка (без указания органа)', labelEn: 'Troika (body not named)', pattern: word('тройк\\S*') },
  { key: 'revolutionary-tribunal', label: 'Революционный трибунал', labelEn: 'Revolutionary tribunal', pattern: /ревтрибунал|(?<!военн\S*\s)революционн\S*\s+трибунал/iu },
  { key: 'military-tribunal', label: 'Военный (революционный) трибунал', labelEn: 'Military (revolutionary) tribunal', pattern: /трибунал|(?<![\p{L}])(?:ВТ|РВТ)(?![\p{L}])/iu },
  { key: 'supreme-court', label: 'Верховный суд', labelEn: 'Supreme Court', pattern: /верховн\S*\s+суд|верхсуд|(?<![\p{L}])ПВ\s+суд|(?<![\p{L}])ВС\s+(?:СССР|РСФСР|УССР|БССР|[А-Я]{2,5}ССР)/iu },
  { key: 'regional-court', label: 'Областной (краевой, окружной) суд', labelEn: 'Regional court', pattern: /(?:обл|край|кр|окр|губ)\.?\s*суд|(?:областн|краев|окружн|губернск)\S*\s+суд|спец\.?\s*колл/iu },
  { key: 'people-court', label: 'Народный суд', labelEn: "People's court", pattern: /нарсуд|народн\S*\s+суд/iu },
  { key: 'court', label: 'Суд', labelEn: 'Court', pattern: word('суд\\S*') },
  { key: 'district-executive-committee', label: 'Райисполком (РИК)', labelEn: 'District executive committee (RIK)', pattern: /райи?сполком|районн\S*\s+исполнит|(?<![\p{L}])РИК(?![\p{L}])/iu },
  { key: 'canton-executive-committee', label: 'Кантонный исполком (КИК)', labelEn: 'Canton executive committee (KIK)', pattern: /(?<![\p{L}])КИК(?![\p{L}])|кантонн\S*\s+исполн/iu },
  { key: 'regional-executive-committee', label: 'Облисполком, крайисполком', labelEn: 'Regional executive committee', pattern: /облисполком|крайисполком|окрисполком/iu },
  { key: 'local-authorities', label: 'Местные органы власти', labelEn: 'Local authorities', pattern: /местн\S*\s+орган/iu },
  { key: 'central-executive-committee', label: 'ЦИК', labelEn: 'Central executive committee', pattern: /(?<![\p{L}])ЦИК(?![\p{L}])/u },
  { key: 'village-soviet', label: 'Сельсовет', labelEn: 'Village soviet', pattern: /сельсовет|(?<![\p{L}])с\/с(?![\p{L}])/iu },
  { key: 'village-assembly', label: 'Собрание бедноты', labelEn: 'Village assembly of the poor', pattern: /собрани\S*\s+(?:бедноты|граждан|колхозников)/iu },
  { key: 'prosecutor', label: 'Прокуратура', labelEn: "Procurator's office", pattern: /прокур|(?<![\p{L}])(?:ГВП|прок\.)/iu },
  { key: 'kgb', label: 'КГБ / ФСБ', labelEn: 'KGB / FSB', pattern: abbr('КГБ|УКГБ|ФСБ|УФСБ|ФСК|УФСК|МБ|УМБ') },
  { key: 'mvd', label: 'МВД / УВД', labelEn: 'MVD (police)', pattern: abbr('МВД|УВД|ГУВД|УМВД|ГУМВД|ИЦ|ОВД|УВДТ') },
  { key: 'nkgb', label: 'НКГБ', labelEn: 'NKGB', pattern: abbr('НКГБ|УНКГБ') },
  { key: 'mgb', label: 'МГБ', labelEn: 'MGB', pattern: abbr('МГБ|УМГБ') },
  { key: 'special-department', label: 'Особый отдел', labelEn: 'Special department (military counter-intelligence)', pattern: /особ\S*\s+отдел|(?<![\p{L}])О\.?О\.?(?![\p{L}])/u },
  { key: 'smersh', label: 'СМЕРШ', labelEn: 'SMERSH', pattern: /смерш/iu },
  { key: 'nkvd', label: 'НКВД', labelEn: 'NKVD', pattern: /НКВД|УГБ|ГУГБ|(?<![\p{L}])О\.?О\.?\s+(?:НКВД|ГУГБ)/u },
  { key: 'ogpu', label: 'ОГПУ / ГПУ', labelEn: 'OGPU / GPU', pattern: /ОГПУ|(?<![\p{L}])Г\.?П\.?У(?![\p{L}])|(?<![\p{L}])ПП(?![\p{L}])/u },
  { key: 'cheka', label: 'ВЧК / ЧК', labelEn: 'Cheka', pattern: /ВЧК|губчк|чека(?![\p{L}])|(?<![\p{L}])(?:ЧК|МЧК|ПетроЧК|ВУЧК)(?![\p{L}])|чрезвычайн\S*\s+комисси/iu },
  { key: 'militia', label: 'Милиция', labelEn: 'Militia', pattern: /милиц|(?<![\p{L}])РКМ(?![\p{L}])/iu },
  // Laws and decrees last: when a statement names the body that applied them, the body counts.
  { key: 'rehabilitation-law-1991', label: 'Закон РСФСР от 18 октября 1991 г.', labelEn: 'Law of 18 October 1991 on rehabilitation', pattern: /закон\S*.*1991/iu },
  { key: 'decree-1989', label: 'Указ ПВС СССР от 16 января 1989 г.', labelEn: 'Decree of 16 January 1989', pattern: /указ\S*.*(?:16\.0?1\.1989|16 января 1989)/iu },
];

/** Key of the body named in a statement, or undefined. */
export function bodyKey(text: string): string | undefined {
  for (const entry of BODIES) if (entry.pattern.test(text)) return entry.key;
  return undefined;
}
