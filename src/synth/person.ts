/**
 * One synthetic person: the truth that the records of several sources describe, each in its
 * own way. Dates are coherent: born before arrested, arrested before sentenced, sentenced
 * before shot.
 */
import type { Random } from './random.ts';
import { COMMON_NAME_SHARE, NATIONALITIES, NATIONALITY_BY_KEY, NATIONALITY_SHARES, russianFeminine, type Nationality, type Sex } from './nationalities.ts';
import { patronymicOf } from './patronymic.ts';
import { toRussianCyrillic } from './to-cyrillic.ts';
import { drawSurname } from './surnames.ts';

/** Share of women among the victims drawn (women were a small minority of those shot). */
export const FEMALE_SHARE = 0.1;
/** Birth years drawn: adults at the time of the Great Terror. */
export const BIRTH_YEARS = [1870, 1915] as const;
/** Arrests fall in the mass operations, August 1937 – November 1938 (days since 1937-08-01). */
export const ARREST_WINDOW_DAYS = 470;
/** Share sentenced to death (668,305 of 1,336,863 in the NKVD report: about half). */
export const DEATH_SENTENCE_SHARE = 0.5;

export interface SyntheticPerson {
  id: number;
  nationality: Nationality;
  sex: Sex;
  /** Names in the person's own language and script. */
  nativeSurname: string;
  nativeGiven: string;
  /** Names as a Russian-language record writes them. */
  surname: string;
  given: string;
  patronymic: string;
  birthYear: number;
  birthDate: Date;
  birthPlace: readonly [string, string];
  occupation: string;
  arrestDate: Date;
  sentenceDate: Date;
  /** 'death' or the camp term in years. */
  sentence: 'death' | number;
  executionDate?: Date;
  operation: string;
  rehabilitationYear?: number;
}

const OCCUPATIONS = ['колхозник', 'рабочий', 'единоличник', 'служащий', 'учитель', 'счетовод', 'слесарь', 'сторож', 'кузнец', 'бухгалтер', 'инженер', 'священник', 'врач', 'агроном', 'без определенных занятий'];
const CAMP_TERMS = [10, 10, 10, 8, 5, 3];
const START = Date.UTC(1937, 7, 1);
const DAY = 86_400_000;

function pickName(random: Random, pool: readonly string[], commonCount: number): string {
  if (commonCount > 0 && random.chance(COMMON_NAME_SHARE)) return pool[random.int(0, commonCount - 1)]!;
  return random.pick(pool);
}

export function drawPerson(random: Random, id: number): SyntheticPerson {
  const nationality = NATIONALITY_BY_KEY.get(random.weighted(NATIONALITY_SHARES)) ?? NATIONALITIES[0]!;
  const sex: Sex = random.chance(FEMALE_SHARE) ? 'F' : 'M';
  const script = nationality.script;
  const nativeSurname = drawSurname(random, nationality.surnames, sex);
  const nativeGiven = pickName(random, nationality.given[sex], sex === 'M' ? 18 : 9);
  const fatherNative = pickName(random, nationality.given.M, 18);
  let surname = toRussianCyrillic(nativeSurname, script);
  if (sex === 'F' && (script === 'polish' || script === 'latvian')) surname = russianFeminine(surname);
  const given = toRussianCyrillic(nativeGiven, script);
  const father = toRussianCyrillic(fatherNative, script);
  const patronymic = script === 'russian' && nationality.key === 'russian' && random.chance(0.5)
    ? patronymicOf(random.pick(nationality.given.M.slice(0, 27)), sex)
    : patronymicOf(father, sex);

  const birthYear = random.int(BIRTH_YEARS[0], BIRTH_YEARS[1]);
  const birthDate = new Date(Date.UTC(birthYear, random.int(0, 11), random.int(1, 28)));
  const arrestDate = new Date(START + random.int(0, ARREST_WINDOW_DAYS) * DAY);
  const sentenceDate = new Date(arrestDate.getTime() + random.int(7, 120) * DAY);
  const death = random.chance(DEATH_SENTENCE_SHARE);
  const operationKey = random.weighted(nationality.operations);
  return {
    id,
    nationality,
    sex,
    nativeSurname,
    nativeGiven,
    surname,
    given,
    patronymic,
    birthYear,
    birthDate,
    birthPlace: random.pick(nationality.places),
    occupation: random.pick(OCCUPATIONS),
    arrestDate,
    sentenceDate,
    sentence: death ? 'death' : random.pick(CAMP_TERMS),
    executionDate: death ? new Date(sentenceDate.getTime() + random.int(0, 12) * DAY) : undefined,
    operation: operationKey,
    rehabilitationYear: random.chance(0.7) ? random.int(1955, 1991) : undefined,
  };
}
