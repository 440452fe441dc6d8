/**
 * The interface in English and Russian. Records are always shown in their own script; only
 * the words around them are translated. The visitor chooses with `?lang=` (remembered in a
 * cookie); otherwise the browser's Accept-Language decides.
 */

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const en = {
  siteName: 'unerased',
  tagline: 'An archive of the victims and the machinery of Soviet state terror, 1917–1953',
  skipToContent: 'Skip to content',
  navSearch: 'Search',
  navStatistics: 'Statistics',
  navAbout: 'About this archive',
  language: 'Language',
  searchTitle: 'Search the archive',
  searchIntro: 'Type a name in any spelling and any script — Ежов, Yezhov, Ezhov, Jeżow. Dates may be uncertain.',
  searchLabel: 'Name or words',
  searchButton: 'Search',
  moreFields: 'More fields',
  born: 'Born (year)',
  place: 'Place',
  nationality: 'Nationality',
  sentence: 'Sentence',
  yearsFrom: 'Years from',
  yearsTo: 'to',
  results: 'Results',
  resultsCount: (n: number) => `${n.toLocaleString('en')} record${n === 1 ? '' : 's'} found`,
  whyMatched: 'Why it matched',
  noResults: 'Nothing matched this search.',
  noResultsHelp: [
    'Try only the surname, or only the first letters of it.',
    'Leave out the year of birth or widen the years: records often give an age, not a date.',
    'Names are found across scripts, so the spelling you know is usually enough; try another one if you have it.',
    'Many victims are not yet in this archive. Memorial and the regional Books of Memory hold more.',
  ],
  refine: 'Refine',
  previous: 'Previous',
  next: 'Next',
  page: 'Page',
  synthetic: 'synthetic',
  syntheticNote: 'Generated test data — not a real person.',
  record: 'Record',
  person: 'Person',
  recordsAbout: 'Records about this person',
  asWritten: 'As written',
  transliterations: 'Transliterations',
  timeline: 'Timeline',
  birth: 'Birth',
  arrest: 'Arrest',
  sentenced: 'Sentence',
  execution: 'Execution',
  death: 'Death',
  rehabilitation: 'Rehabilitation',
  field: 'Field',
  value: 'Value',
  source: 'Source',
  locator: 'Locator',
  disagree: 'Sources disagree',
  relations: 'Relations',
  citeThisPage: 'Cite this page',
  history: 'History of this page',
  historyIntro: 'Every entry of the archive’s log that shaped this page. Nothing is ever deleted: a correction is a new entry.',
  seq: 'No.',
  time: 'Time',
  actor: 'Who',
  kind: 'What',
  hash: 'Hash',
  notFound: 'Not found',
  notFoundText: 'There is nothing at this address. It may have been mistyped.',
  hiddenLiving: 'This person may still be alive (born less than 100 years ago, no death recorded), so the record is not shown publicly.',
  statisticsTitle: 'Statistics',
  statisticsIntro: 'Counts computed from the records in this archive, with the figures historians have published beside them. The archive is incomplete: its counts are far below the published totals.',
  byOperation: 'By operation',
  byNationality: 'By nationality',
  byYear: 'By year of arrest',
  byMonth: 'By month of arrest, 1937–1938',
  byRegion: 'By region',
  bySentence: 'By sentence',
  count: 'Records',
  publishedFigures: 'Published figures',
  figure: 'Figure',
  recordsInArchive: 'Records in this archive',
  unknown: 'not recorded',
  entity: 'Entity',
  heads: 'Heads over time',
  versions: 'Versions',
  map: 'Map',
  aboutTitle: 'About this archive',
  serverError: 'Something went wrong on our side. Please try again later.',
  tooManyRequests: 'Too many searches in a short time. Please wait a moment.',
  total: 'Total',
};

type Messages = typeof en;

const ru: Messages = {
  siteName: 'unerased',
  tagline: 'Архив жертв и машины советского государственного террора, 1917–1953',
  skipToContent: 'Перейти к содержанию',
  navSearch: 'Поиск',
  navStatistics: 'Статистика',
  navAbout: 'Об архиве',
  language: 'Язык',
  searchTitle: 'Поиск по архиву',
  searchIntro: 'Введите имя в любом написании и любым алфавитом — Ежов, Yezhov, Ezhov, Jeżow. Даты могут быть неточными.',
  searchLabel: 'Имя или слова',
  searchButton: 'Искать',
  moreFields: 'Дополнительные поля',
  born: 'Год рождения',
  place: 'Место',
  nationality: 'Национальность',
  sentence: 'Приговор',
  yearsFrom: 'Годы с',
  yearsTo: 'по',
  results: 'Результаты',
  resultsCount: (n: number) => `Найдено записей: ${n.toLocaleString('ru')}`,
  whyMatched: 'Почему найдено',
  noResults: 'По этому запросу ничего не найдено.',
  noResultsHelp: [
    'Попробуйте ввести только фамилию или её первые буквы.',
    'Уберите год рождения или расширьте годы: в записях часто указан возраст, а не дата.',
    'Имена ищутся во всех алфавитах, поэтому обычно достаточно известного вам написания; попробуйте другое, если оно есть.',
    'Многих жертв ещё нет в этом архиве. Больше сведений — у «Мемориала» и в региональных Книгах памяти.',
  ],
  refine: 'Уточнить',
  previous: 'Назад',
  next: 'Дальше',
  page: 'Страница',
  synthetic: 'синтетическая',
  syntheticNote: 'Сгенерированные тестовые данные — не реальный человек.',
  record: 'Запись',
  person: 'Человек',
  recordsAbout: 'Записи об этом человеке',
  asWritten: 'Как написано',
  transliterations: 'Транслитерации',
  timeline: 'Хронология',
  birth: 'Рождение',
  arrest: 'Арест',
  sentenced: 'Приговор',
  execution: 'Расстрел',
  death: 'Смерть',
  rehabilitation: 'Реабилитация',
  field: 'Поле',
  value: 'Значение',
  source: 'Источник',
  locator: 'Место в источнике',
  disagree: 'Источники расходятся',
  relations: 'Связи',
  citeThisPage: 'Как цитировать эту страницу',
  history: 'История страницы',
  historyIntro: 'Все записи журнала архива, из которых сложилась эта страница. Ничего не удаляется: исправление — это новая запись.',
  seq: '№',
  time: 'Время',
  actor: 'Кто',
  kind: 'Что',
  hash: 'Хеш',
  notFound: 'Не найдено',
  notFoundText: 'По этому адресу ничего нет. Возможно, в нём опечатка.',
  hiddenLiving: 'Этот человек может быть жив (родился менее 100 лет назад, смерть не записана), поэтому запись не показывается публично.',
  statisticsTitle: 'Статистика',
  statisticsIntro: 'Подсчёты по записям этого архива и рядом — цифры, опубликованные историками. Архив неполон: его подсчёты намного меньше опубликованных итогов.',
  byOperation: 'По операциям',
  byNationality: 'По национальности',
  byYear: 'По году ареста',
  byMonth: 'По месяцу ареста, 1937–1938',
  byRegion: 'По регионам',
  bySentence: 'По приговору',
  count: 'Записей',
  publishedFigures: 'Опубликованные цифры',
  figure: 'Цифра',
  recordsInArchive: 'Записей в архиве',
  unknown: 'не указано',
  entity: 'Сущность',
  heads: 'Руководители по годам',
  versions: 'Версии',
  map: 'Карта',
  aboutTitle: 'Об этом архиве',
  serverError: 'Что-то пошло не так на нашей стороне. Попробуйте позже.',
  tooManyRequests: 'Слишком много запросов за короткое время. Подождите немного.',
  total: 'Всего',
};

export type MessageKey = keyof typeof en;
export type Dictionary = Messages;

const dictionaries: Record<Language, Messages> = { en, ru };

/** The words of the interface in one language. */
export function messages(language: Language): Messages {
  return dictionaries[language];
}

/** Labels of record fields, per language (the field names of a Book of Memory). */
export const FIELD_LABELS: Record<Language, Record<string, string>> = {
  en: {
    surname: 'Surname', givenName: 'Given name', patronymic: 'Patronymic', nameVariants: 'Other spellings',
    sex: 'Sex', birthDate: 'Born', birthPlace: 'Birthplace', nationality: 'Nationality', citizenship: 'Citizenship',
    socialOrigin: 'Social origin', education: 'Education', party: 'Party', occupation: 'Occupation',
    workplace: 'Workplace', residence: 'Lived at', arrestDate: 'Arrested', arrestingBody: 'Arrested by',
    charge: 'Charge', sentencingBody: 'Sentenced by', sentenceDate: 'Sentenced on', sentence: 'Sentence',
    executionDate: 'Executed', deathDate: 'Died', deathPlace: 'Place of death', burialPlace: 'Burial place',
    rehabilitationDate: 'Rehabilitated', rehabilitationBody: 'Rehabilitated by', archivalFile: 'Archival file',
    family: 'Family', operation: 'Operation', notes: 'Notes',
  },
  ru: {
    surname: 'Фамилия', givenName: 'Имя', patronymic: 'Отчество', nameVariants: 'Другие написания',
    sex: 'Пол', birthDate: 'Родился', birthPlace: 'Место рождения', nationality: 'Национальность',
    citizenship: 'Гражданство', socialOrigin: 'Социальное происхождение', education: 'Образование',
    party: 'Партийность', occupation: 'Род занятий', workplace: 'Место работы', residence: 'Место жительства',
    arrestDate: 'Арестован', arrestingBody: 'Кем арестован', charge: 'Обвинение', sentencingBody: 'Кем осуждён',
    sentenceDate: 'Дата приговора', sentence: 'Приговор', executionDate: 'Расстрелян', deathDate: 'Умер',
    deathPlace: 'Место смерти', burialPlace: 'Место захоронения', rehabilitationDate: 'Реабилитирован',
    rehabilitationBody: 'Кем реабилитирован', archivalFile: 'Архивное дело', family: 'Семья',
    operation: 'Операция', notes: 'Примечания',
  },
};

/** Picks the language from an explicit choice, then the Accept-Language header. */
export function chooseLanguage(explicit: string | undefined, acceptLanguage: string | undefined): Language {
  if (isLanguage(explicit)) return explicit;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return DEFAULT_LANGUAGE;
}
