/**
 * The peoples of the synthetic archive: their share of the victims, their names, where they
 * were born, and the operation that most often struck them.
 *
 * Shares follow the sentenced totals of 1937–38 (/work/shared/data/README.md): of about
 * 1,336,863 sentenced, the Polish operation took 139,835 (≈10%), the German 55,005 (≈4%),
 * the Latvian 22,360 (≈1.7%), Harbin 46,317 (mostly Russians); the rest fell mostly under
 * order 00447, whose victims were overwhelmingly Russian, Ukrainian and Belarusian peasants.
 * The split among those is an estimate for test data, not a historical figure.
 */
import { fakerFI, fakerLV, fakerPL, fakerRU, fakerUK } from '@faker-js/faker';
import type { NativeScript } from './to-cyrillic.ts';
import * as lists from './name-lists.ts';
import { SURNAME_MODELS } from './surname-models.ts';
import type { SurnameModel } from './surnames.ts';

export type Sex = 'M' | 'F';

export interface Nationality {
  key: string;
  /** How a Russian-language record writes the nationality, by sex. */
  label: Readonly<Record<Sex, string>>;
  /** Relative share of victims (weights, not percentages). */
  share: number;
  script: NativeScript;
  /** How its surnames are drawn: common ones and a long tail of rare ones. */
  surnames: SurnameModel;
  given: Readonly<Record<Sex, readonly string[]>>;
  /** Birth places as [place, region] in Russian. */
  places: readonly (readonly [string, string])[];
  /** Operation keys with weights. */
  operations: Readonly<Record<string, number>>;
}

/** Weight of a nationality's common-name list against the long list of the locale. */
export const COMMON_NAME_SHARE = 0.7;

const ruPerson = fakerRU.rawDefinitions.person!;
const ukPerson = fakerUK.rawDefinitions.person!;
const plPerson = fakerPL.rawDefinitions.person!;
const lvPerson = fakerLV.rawDefinitions.person!;
const fiPerson = fakerFI.rawDefinitions.person!;

type Gendered = { male?: string[]; female?: string[]; generic?: string[] } | undefined;
const male = (g: Gendered): string[] => g?.male ?? g?.generic ?? [];
const female = (g: Gendered): string[] => g?.female ?? g?.generic ?? [];
const firstNames = (p: typeof ruPerson) => p.first_name as Gendered;

export { russianFeminine } from './surname-models.ts';

const OPERATION_00447 = { '00447': 0.9, harbin: 0.03, other: 0.07 };

export const NATIONALITIES: readonly Nationality[] = [
  {
    key: 'russian', label: { M: 'русский', F: 'русская' }, share: 52, script: 'russian',
    surnames: SURNAME_MODELS.russian!,
    given: { M: [...lists.RUSSIAN_COMMON_MALE, ...male(firstNames(ruPerson))], F: [...lists.RUSSIAN_COMMON_FEMALE, ...female(firstNames(ruPerson))] },
    places: [['Москва', 'Московская обл.'], ['Ленинград', 'Ленинградская обл.'], ['Тверь', 'Калининская обл.'], ['Рязань', 'Рязанская обл.'], ['Саратов', 'Саратовская обл.'], ['Нижний Новгород', 'Горьковская обл.'], ['Омск', 'Омская обл.'], ['Новосибирск', 'Новосибирская обл.'], ['Вологда', 'Вологодская обл.'], ['Курск', 'Курская обл.']],
    operations: OPERATION_00447,
  },
  {
    key: 'ukrainian', label: { M: 'украинец', F: 'украинка' }, share: 14, script: 'ukrainian',
    surnames: SURNAME_MODELS.ukrainian!,
    given: { M: male(firstNames(ukPerson)), F: female(firstNames(ukPerson)) },
    places: [['Киев', 'Киевская обл.'], ['Харьков', 'Харьковская обл.'], ['Винница', 'Винницкая обл.'], ['Полтава', 'Полтавская обл.'], ['Чернигов', 'Черниговская обл.'], ['Одесса', 'Одесская обл.']],
    operations: OPERATION_00447,
  },
  {
    key: 'belarusian', label: { M: 'белорус', F: 'белоруска' }, share: 5, script: 'russian',
    surnames: SURNAME_MODELS.belarusian!,
    given: { M: lists.RUSSIAN_COMMON_MALE, F: lists.RUSSIAN_COMMON_FEMALE },
    places: [['Минск', 'Минская обл.'], ['Витебск', 'Витебская обл.'], ['Гомель', 'Гомельская обл.'], ['Могилев', 'Могилевская обл.'], ['Борисов', 'Минская обл.']],
    operations: OPERATION_00447,
  },
  {
    key: 'polish', label: { M: 'поляк', F: 'полька' }, share: 10, script: 'polish',
    surnames: SURNAME_MODELS.polish!,
    given: { M: [...lists.POLISH_COMMON_MALE, ...male(firstNames(plPerson))], F: [...lists.POLISH_COMMON_FEMALE, ...female(firstNames(plPerson))] },
    places: [['Минск', 'Минская обл.'], ['Житомир', 'Житомирская обл.'], ['Проскуров', 'Каменец-Подольская обл.'], ['Варшава', 'Польша'], ['Бердичев', 'Житомирская обл.'], ['Киев', 'Киевская обл.']],
    operations: { '00485': 0.9, '00447': 0.1 },
  },
  {
    key: 'german', label: { M: 'немец', F: 'немка' }, share: 4, script: 'german',
    surnames: SURNAME_MODELS.german!,
    given: { M: lists.GERMAN_MALE, F: lists.GERMAN_FEMALE },
    places: [['Энгельс', 'АССР Немцев Поволжья'], ['Марксштадт', 'АССР Немцев Поволжья'], ['Бальцер', 'АССР Немцев Поволжья'], ['Одесса', 'Одесская обл.'], ['Гальбштадт', 'Алтайский край']],
    operations: { '00439': 0.85, '00447': 0.15 },
  },
  {
    key: 'jewish', label: { M: 'еврей', F: 'еврейка' }, share: 4, script: 'russian',
    surnames: SURNAME_MODELS.jewish!,
    given: { M: lists.JEWISH_MALE, F: lists.JEWISH_FEMALE },
    places: [['Бердичев', 'Житомирская обл.'], ['Витебск', 'Витебская обл.'], ['Гомель', 'Гомельская обл.'], ['Одесса', 'Одесская обл.'], ['Москва', 'Московская обл.']],
    operations: { '00447': 0.4, '00485': 0.2, other: 0.4 },
  },
  {
    key: 'latvian', label: { M: 'латыш', F: 'латышка' }, share: 1.7, script: 'latvian',
    surnames: SURNAME_MODELS.latvian!,
    given: { M: [...lists.LATVIAN_COMMON_MALE, ...male(firstNames(lvPerson))], F: female(firstNames(lvPerson)) },
    places: [['Рига', 'Латвия'], ['Лиепая', 'Латвия'], ['Даугавпилс', 'Латвия'], ['Москва', 'Московская обл.'], ['Ленинград', 'Ленинградская обл.']],
    operations: { latvian: 0.9, '00447': 0.1 },
  },
  {
    key: 'finnish', label: { M: 'финн', F: 'финка' }, share: 1, script: 'finnish',
    surnames: SURNAME_MODELS.finnish!,
    given: { M: [...lists.FINNISH_COMMON_MALE, ...male(firstNames(fiPerson))], F: female(firstNames(fiPerson)) },
    places: [['Петрозаводск', 'Карельская АССР'], ['Кондопога', 'Карельская АССР'], ['Ленинград', 'Ленинградская обл.'], ['Выборг', 'Финляндия']],
    operations: { finnish: 0.8, '00447': 0.2 },
  },
  {
    key: 'korean', label: { M: 'кореец', F: 'кореянка' }, share: 1, script: 'russian',
    surnames: SURNAME_MODELS.korean!,
    given: { M: lists.RUSSIAN_COMMON_MALE, F: lists.RUSSIAN_COMMON_FEMALE },
    places: [['Владивосток', 'Приморский край'], ['Посьет', 'Приморский край'], ['Уссурийск', 'Приморский край'], ['Кзыл-Орда', 'Казахская ССР']],
    operations: { '00447': 0.5, harbin: 0.2, other: 0.3 },
  },
];

/** Operations: how records name them. */
export const OPERATIONS: Readonly<Record<string, string>> = {
  '00447': 'приказ НКВД № 00447',
  '00485': 'польская операция (приказ НКВД № 00485)',
  '00439': 'немецкая операция (приказ НКВД № 00439)',
  '00593': 'харбинская операция (приказ НКВД № 00593)',
  harbin: 'харбинская операция (приказ НКВД № 00593)',
  latvian: 'латышская операция',
  finnish: 'финская операция',
  other: '',
};

export const NATIONALITY_SHARES: Readonly<Record<string, number>> = Object.fromEntries(
  NATIONALITIES.map((n) => [n.key, n.share]),
);
export const NATIONALITY_BY_KEY: ReadonlyMap<string, Nationality> = new Map(NATIONALITIES.map((n) => [n.key, n]));
