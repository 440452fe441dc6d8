/**
 * The synthetic sources and how each writes a person: its script or spelling, how careful
 * its copyists were, which fields it keeps, how exact its dates are. Every citation says
 * "synthetic": these are test data, never real people.
 */
import type { Random } from './random.ts';
import type { SyntheticPerson } from './person.ts';
import { OPERATIONS } from './nationalities.ts';
import { latinSpelling, type LatinStyle } from './spellings.ts';
import { copyError, ocrError } from './typos.ts';

export interface SourceStyle {
  code: string;
  citation: string;
  /** 'cyrillic', or the Latin spelling the source uses. */
  script: 'cyrillic' | LatinStyle;
  /**
   * Chance that a name gets one OCR misreading / one copying slip. An OCR'd page at a 1–2%
   * character error rate garbles roughly one name in seven; careless copying about as many.
   */
  ocrRate: number;
  copyRate: number;
  /** Chance that the birth year is off by one or two. */
  yearNoise: number;
  /** Chance that a date is written as uncertain (year only, "около", "?"). */
  uncertainDates: number;
  /** Chance that a field other than the surname is missing. */
  missing: number;
  /** Lists only the people who were shot. */
  executedOnly: boolean;
  /** Relative weight when choosing sources for a person. */
  weight: number;
}

const SYNTHETIC = 'SYNTHETIC TEST DATA — not a real source';

export const SOURCE_STYLES: readonly SourceStyle[] = [
  { code: 'S1', citation: `${SYNTHETIC}: Книга памяти (синтетическая), т. 1`, script: 'cyrillic', ocrRate: 0.02, copyRate: 0.02, yearNoise: 0.02, uncertainDates: 0.05, missing: 0.05, executedOnly: false, weight: 5 },
  { code: 'S2', citation: `${SYNTHETIC}: расстрельный список, рукописная копия (синтетический)`, script: 'cyrillic', ocrRate: 0, copyRate: 0.15, yearNoise: 0.15, uncertainDates: 0.2, missing: 0.3, executedOnly: true, weight: 3 },
  { code: 'S3', citation: `${SYNTHETIC}: том, распознанный OCR (синтетический)`, script: 'cyrillic', ocrRate: 0.15, copyRate: 0.02, yearNoise: 0.05, uncertainDates: 0.1, missing: 0.15, executedOnly: false, weight: 3 },
  { code: 'S4', citation: `${SYNTHETIC}: memorial list, Latin (Wikipedia romanisation)`, script: 'wikipedia', ocrRate: 0, copyRate: 0.05, yearNoise: 0.2, uncertainDates: 0.3, missing: 0.3, executedOnly: false, weight: 2 },
  { code: 'S5', citation: `${SYNTHETIC}: scholarly edition (ALA-LC romanisation)`, script: 'ala_lc', ocrRate: 0, copyRate: 0.02, yearNoise: 0.05, uncertainDates: 0.1, missing: 0.1, executedOnly: false, weight: 1 },
  { code: 'S6', citation: `${SYNTHETIC}: lista ofiar (polska pisownia)`, script: 'polish', ocrRate: 0.05, copyRate: 0.05, yearNoise: 0.15, uncertainDates: 0.2, missing: 0.25, executedOnly: false, weight: 1 },
  { code: 'S7', citation: `${SYNTHETIC}: Opferliste (deutsche Schreibung)`, script: 'german', ocrRate: 0.05, copyRate: 0.05, yearNoise: 0.15, uncertainDates: 0.2, missing: 0.25, executedOnly: false, weight: 1 },
  { code: 'S8', citation: `${SYNTHETIC}: descendants' testimonies (passport spelling)`, script: 'icao', ocrRate: 0, copyRate: 0.08, yearNoise: 0.35, uncertainDates: 0.4, missing: 0.4, executedOnly: false, weight: 1 },
];

/** A person's own spelling for a Latin source that writes the person's language natively. */
function nativeLatin(person: SyntheticPerson, style: LatinStyle): { surname: string; given: string } | undefined {
  const script = person.nationality.script;
  if ((style === 'polish' && script === 'polish') || (style === 'german' && script === 'german')) {
    const feminine = person.sex === 'F' && script === 'polish' ? person.nativeSurname.replace(/([sc]k|dzk)i$/, '$1a') : person.nativeSurname;
    return { surname: feminine, given: person.nativeGiven };
  }
  if (script === 'latvian' || script === 'finnish') {
    // Latvian and Finnish names written in Latin letters keep their own spelling.
    return { surname: person.nativeSurname, given: person.nativeGiven };
  }
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ddmmyyyy = (d: Date): string => `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
const isoDate = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function writeDate(d: Date, latin: boolean, style: SourceStyle, random: Random): string {
  if (random.chance(style.uncertainDates)) {
    if (random.chance(0.5)) return String(d.getUTCFullYear());
    return latin ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` : `${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
  }
  return latin ? isoDate(d) : ddmmyyyy(d);
}

function writeBirth(person: SyntheticPerson, latin: boolean, style: SourceStyle, random: Random): string {
  let year = person.birthYear;
  if (random.chance(style.yearNoise)) year += random.pick([-2, -1, -1, 1, 1, 2]);
  if (random.chance(style.uncertainDates)) return latin ? random.pick([`ca. ${year}`, `${year}?`]) : random.pick([`около ${year}`, `${year}?`]);
  if (year === person.birthYear && random.chance(0.3)) return latin ? isoDate(person.birthDate) : ddmmyyyy(person.birthDate);
  return String(year);
}

function corrupt(name: string, style: SourceStyle, random: Random): string {
  if (random.chance(style.ocrRate)) name = ocrError(name, random);
  if (random.chance(style.copyRate)) name = copyError(name, random);
  return name;
}

function sentenceText(person: SyntheticPerson, latin: boolean): string {
  if (person.sentence === 'death') return latin ? 'death (shooting)' : 'ВМН (расстрел)';
  return latin ? `${person.sentence} years of labour camp` : `${person.sentence} лет ИТЛ`;
}

const NATIONALITY_EN: Readonly<Record<string, string>> = {
  russian: 'Russian', ukrainian: 'Ukrainian', belarusian: 'Belarusian', polish: 'Polish', german: 'German',
  jewish: 'Jewish', latvian: 'Latvian', finnish: 'Finnish', korean: 'Korean',
};

/** The fields of the record that `style` holds about `person`, as text. */
export function renderRecord(person: SyntheticPerson, style: SourceStyle, random: Random): Record<string, string> {
  const latin = style.script !== 'cyrillic';
  const spell = (cyr: string): string => (style.script === 'cyrillic' ? cyr : latinSpelling(cyr, style.script));
  const native = style.script === 'cyrillic' ? undefined : nativeLatin(person, style.script);
  let surname = native?.surname ?? spell(person.surname);
  // Latin lists sometimes give a woman her husband's or father's masculine surname form.
  if (person.sex === 'F' && latin && random.chance(0.1)) surname = native?.surname ?? spell(masculine(person.surname));
  const fields: Record<string, string> = {
    surname: corrupt(surname, style, random),
    givenName: corrupt(native?.given ?? spell(person.given), style, random),
  };
  const keep = (): boolean => !random.chance(style.missing);
  if (!latin || random.chance(0.5)) fields.patronymic = corrupt(spell(person.patronymic), style, random);
  fields.sex = latin ? (person.sex === 'M' ? 'male' : 'female') : person.sex === 'M' ? 'муж.' : 'жен.';
  fields.birthDate = writeBirth(person, latin, style, random);
  if (keep()) fields.birthPlace = latin ? `${spell(person.birthPlace[0])}, ${spell(person.birthPlace[1])}` : `${person.birthPlace[0]}, ${person.birthPlace[1]}`;
  if (keep()) fields.nationality = latin ? NATIONALITY_EN[person.nationality.key] ?? person.nationality.key : person.nationality.label[person.sex];
  if (keep()) fields.occupation = latin ? spell(person.occupation) : person.occupation;
  if (keep()) fields.arrestDate = writeDate(person.arrestDate, latin, style, random);
  if (keep()) fields.sentencingBody = sentencingBody(person, latin);
  if (keep()) fields.sentenceDate = writeDate(person.sentenceDate, latin, style, random);
  fields.sentence = sentenceText(person, latin);
  if (person.executionDate) fields.executionDate = writeDate(person.executionDate, latin, style, random);
  if (person.rehabilitationYear !== undefined && keep()) fields.rehabilitationDate = String(person.rehabilitationYear);
  const operation = latin ? operationCode(person.operation) : OPERATIONS[person.operation] ?? '';
  if (operation !== '' && keep()) fields.operation = operation;
  return fields;
}

function masculine(surname: string): string {
  if (/(ова|ева|ина|ына)$/.test(surname)) return surname.slice(0, -1);
  if (/ская$|цкая$/.test(surname)) return `${surname.slice(0, -2)}ий`;
  return surname;
}

function sentencingBody(person: SyntheticPerson, latin: boolean): string {
  const national = person.operation !== '00447';
  if (latin) return national ? 'NKVD Commission and USSR Procurator' : `NKVD troika, ${latinSpelling(person.birthPlace[1], 'wikipedia')}`;
  return national ? 'Комиссия НКВД и Прокурора СССР' : `тройка УНКВД, ${person.birthPlace[1]}`;
}

const OPERATION_CODES: Readonly<Record<string, string>> = {
  '00447': 'order 00447', '00485': 'order 00485', '00439': 'order 00439', harbin: 'order 00593',
  latvian: 'Latvian operation', finnish: 'Finnish operation', other: '',
};

function operationCode(key: string): string {
  return OPERATION_CODES[key] ?? '';
}
