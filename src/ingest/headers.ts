/**
 * Column headers the import recognises, in English and Russian, for each record field and for
 * the columns that are not fields (source, locator, original text, synthetic flag). Headers are
 * compared folded: lower case, ё→е, punctuation and spaces removed.
 */
import { RECORD_FIELDS, type RecordField } from '../domain/record.ts';

/** What a column holds: a field's text, a field's normalised value, or one of the record's own attributes. */
export type ColumnTarget =
  | { kind: 'field'; field: RecordField }
  | { kind: 'norm'; field: RecordField }
  | { kind: 'span'; field: RecordField }
  | { kind: 'source' }
  | { kind: 'locator' }
  /** `part`: position among the --text-column columns joined into the original text. */
  | { kind: 'originalText'; part?: number }
  | { kind: 'synthetic' }
  | { kind: 'ignore' };

/** Russian and English names of each field, beside the field's own name (always accepted). */
const FIELD_ALIASES: Record<RecordField, readonly string[]> = {
  surname: ['Фамилия', 'Surname', 'Last name', 'Family name'],
  givenName: ['Имя', 'Given name', 'First name'],
  patronymic: ['Отчество', 'Patronymic', 'Middle name'],
  nameVariants: ['Варианты имени', 'Другие написания', 'Name variants', 'Aliases'],
  sex: ['Пол', 'Sex', 'Gender'],
  birthDate: ['Год рождения', 'Дата рождения', 'Birth date', 'Born', 'Year of birth', 'Birth year'],
  birthPlace: ['Место рождения', 'Birth place', 'Place of birth'],
  nationality: ['Национальность', 'Nationality', 'Ethnicity'],
  citizenship: ['Гражданство', 'Подданство', 'Citizenship'],
  socialOrigin: ['Социальное происхождение', 'Происхождение', 'Social origin'],
  education: ['Образование', 'Education'],
  party: ['Партийность', 'Партия', 'Party', 'Party membership'],
  occupation: ['Профессия', 'Должность', 'Род занятий', 'Место работы и должность', 'Occupation', 'Profession'],
  workplace: ['Место работы', 'Workplace', 'Employer'],
  residence: ['Место проживания', 'Место жительства', 'Проживал', 'Адрес', 'Residence', 'Address'],
  arrestDate: ['Дата ареста', 'Арестован', 'Arrest date', 'Arrested'],
  arrestingBody: ['Кем арестован', 'Арестовавший орган', 'Arrested by', 'Arresting body'],
  charge: ['Обвинение', 'Статья', 'Charge', 'Article'],
  sentencingBody: ['Кем осужден', 'Осудивший орган', 'Осужден', 'Sentenced by', 'Sentencing body'],
  sentenceDate: ['Дата осуждения', 'Дата приговора', 'Sentence date', 'Date of sentence'],
  sentence: ['Приговор', 'Мера наказания', 'Sentence', 'Verdict'],
  executionDate: ['Дата расстрела', 'Расстрелян', 'Execution date', 'Executed'],
  deathDate: ['Дата смерти', 'Умер', 'Death date', 'Died'],
  deathPlace: ['Место смерти', 'Место расстрела', 'Death place', 'Place of death', 'Execution place'],
  burialPlace: ['Место захоронения', 'Burial place', 'Buried'],
  rehabilitationDate: ['Дата реабилитации', 'Реабилитирован', 'Rehabilitation date', 'Rehabilitated'],
  rehabilitationBody: ['Кем реабилитирован', 'Реабилитирующий орган', 'Rehabilitated by', 'Rehabilitation body'],
  archivalFile: ['Архивное дело', 'Архивный номер', 'Дело', 'Archival file', 'File reference'],
  family: ['Семья', 'Родственники', 'Family', 'Relatives'],
  operation: ['Операция', 'Приказ', 'Operation', 'Order'],
  notes: ['Примечание', 'Примечания', 'Комментарий', 'Notes', 'Note', 'Comment'],
};

const OTHER_ALIASES: readonly [ColumnTarget, readonly string[]][] = [
  [{ kind: 'source' }, ['source', 'Источник', 'Citation']],
  [{ kind: 'locator' }, ['locator', 'Страница', 'Лист', 'Page', 'Locator', 'Entry']],
  [{ kind: 'originalText' }, ['originalText', 'Текст', 'Original text', 'Entry text', 'Bio']],
  [{ kind: 'synthetic' }, ['synthetic', 'Синтетическая', 'Synthetic']],
];

/** A header as compared: lower case, ё→е, everything but letters and digits removed. */
export function foldHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const KNOWN = new Map<string, ColumnTarget>();
for (const field of RECORD_FIELDS) {
  for (const alias of [field, ...FIELD_ALIASES[field]]) KNOWN.set(foldHeader(alias), { kind: 'field', field });
  // `birthDate.norm`: the normalised value, as `export` writes it.
  KNOWN.set(foldHeader(`${field}.norm`), { kind: 'norm', field });
  KNOWN.set(foldHeader(`${field}.span`), { kind: 'span', field });
}
for (const [target, aliases] of OTHER_ALIASES) for (const alias of aliases) KNOWN.set(foldHeader(alias), target);

/** What a header means, or undefined for a header the import does not know. */
export function targetOfHeader(header: string): ColumnTarget | undefined {
  return KNOWN.get(foldHeader(header));
}

/** Parses a mapping value ("surname", "birthDate.norm", "source", "ignore"…) into a target. */
export function targetOfName(name: string): ColumnTarget | undefined {
  if (name === 'ignore') return { kind: 'ignore' };
  for (const kind of ['norm', 'span'] as const) {
    if (!name.endsWith(`.${kind}`)) continue;
    const field = name.slice(0, -kind.length - 1);
    return (RECORD_FIELDS as readonly string[]).includes(field) ? { kind, field: field as RecordField } : undefined;
  }
  if ((RECORD_FIELDS as readonly string[]).includes(name)) return { kind: 'field', field: name as RecordField };
  if (name === 'source' || name === 'locator' || name === 'originalText' || name === 'synthetic') return { kind: name };
  return undefined;
}
