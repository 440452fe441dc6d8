/**
 * Each people's surnames for the synthetic archive: its common surnames (fake-data lists and
 * the hand-made lists of name-lists.ts) and the sounds and endings its rare surnames are
 * built from (surnames.ts).
 *
 * The shares and exponents are set so that a sample the size of Memorial's Moscow shooting
 * lists looks like it: of 5,232 people there, 4,169 distinct surnames (80%), of its 2,526
 * Russians 1,877 (74%), the commonest surname 18 people. The synth tests hold the generator to
 * that.
 */
import { fakerDE, fakerFI, fakerLV, fakerPL, fakerRU, fakerUK } from '@faker-js/faker';
import * as lists from './name-lists.ts';
import { createRandom } from './random.ts';
import type { Sex } from './nationalities.ts';
import { compoundSurname, RARE_SURNAMES, syllableSurname, type SurnameModel, type SurnameSounds } from './surnames.ts';

type Gendered = { male?: string[]; female?: string[]; generic?: string[] } | undefined;
const lastNames = (faker: typeof fakerRU): Gendered => faker.rawDefinitions.person!.last_name as Gendered;
const withGeneric = (g: Gendered, sex: Sex): string[] => [...((sex === 'M' ? g?.male : g?.female) ?? []), ...(g?.generic ?? [])];
const unique = (names: readonly string[]): string[] => [...new Set(names)];

/**
 * A fake-data list in a fixed random order: those lists are alphabetical, and the Zipf law
 * over them would otherwise make the A-names the commonest.
 */
function shuffled(names: readonly string[], seed: number): string[] {
  const random = createRandom(seed);
  const out = [...names];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Masculine and feminine lists shuffled alike, so that a surname keeps its rank in both. */
function shuffledPair(male: readonly string[], female: readonly string[], seed: number): Record<Sex, readonly string[]> {
  return { M: shuffled(male, seed), F: shuffled(female, seed) };
}

/** Russian-style feminine surname for Slavic-pattern surnames written in Cyrillic. */
export function russianFeminine(s: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(s)) return `${s}а`;
  if (/ский$|цкий$/.test(s)) return `${s.slice(0, -2)}ая`;
  if (/ой$/.test(s)) return `${s.slice(0, -2)}ая`;
  return s;
}

/** Ukrainian feminine surname: -ський → -ська, -ов → -ова; -енко, -ук, -ич do not change. */
export function ukrainianFeminine(s: string): string {
  if (/(ськ|цьк)ий$/.test(s)) return `${s.slice(0, -2)}а`;
  if (/(ов|ев|ін|ин)$/.test(s)) return `${s}а`;
  return s;
}

/** Polish feminine surnames: -ski → -ska; others unchanged. */
export const polishFeminine = (s: string): string => s.replace(/([sc]k|dzk)i$/, '$1a');

/** Latvian feminine surnames: Bērziņš → Bērziņa, Kalnietis → Kalniete, Ozols → Ozola. */
export function latvianFeminine(s: string): string {
  if (s.endsWith('iņš')) return `${s.slice(0, -1)}a`;
  if (s.endsWith('nieks')) return `${s.slice(0, -2)}ce`;
  if (s.endsWith('is')) return `${s.slice(0, -2)}e`;
  if (s.endsWith('s') || s.endsWith('š')) return `${s.slice(0, -1)}a`;
  return s;
}

const unchanged = (s: string): string => s;

/**
 * Russian endings fitted to the stem: -ов after a hard consonant, -ев after ч, ш, щ, ж, ц, й
 * (Грачев), -цкий for -ский after к, г, х. Real usage varies after ц (Кузнецов): close enough
 * for made-up rare surnames.
 */
function russianJoin(stem: string, ending: string): string {
  const soft = /[чшщжцй]$/.test(stem);
  if (ending === 'ов' && soft) return `${stem}ев`;
  if (ending === 'ев' && !soft) return `${stem}ов`;
  if (ending === 'ский' && /[кгх]$/.test(stem)) return `${stem.slice(0, -1)}цкий`;
  return stem + ending;
}

const RUSSIAN_SOUNDS: SurnameSounds = {
  onsets: ['б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'ф', 'х', 'ч', 'ш', 'бр', 'гр', 'др', 'кр', 'пр', 'тр', 'вл', 'гл', 'кл', 'пл', 'сл', 'ст', 'ск', 'зв', 'св', 'см', 'щ', 'ц'],
  vowels: ['а', 'о', 'у', 'е', 'и', 'а', 'о'],
  codas: ['н', 'р', 'л', 'к', 'т', 'с', 'м', 'в', 'д', 'г', 'х', 'ш', 'ч', 'нк', 'рк', 'лк', 'ст', 'рд', 'рт', 'шк', 'рн', 'лн'],
  endings: [['ов', 45], ['ин', 16], ['ев', 10], ['ский', 8], ['кин', 5], ['ников', 4], ['ых', 3], ['цов', 3], ['ихин', 2], ['ёнков', 2], ['ушкин', 2]],
  twoSyllables: 0.75,
  join: russianJoin,
};

const UKRAINIAN_SOUNDS: SurnameSounds = {
  onsets: ['б', 'в', 'г', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'ф', 'х', 'ч', 'ш', 'бр', 'гр', 'кр', 'пр', 'тр', 'гл', 'кл', 'пл', 'сл', 'ст', 'ск', 'св', 'шв', 'цв', 'ґ'],
  vowels: ['а', 'о', 'у', 'е', 'и', 'і', 'а', 'о'],
  codas: ['н', 'р', 'л', 'к', 'т', 'с', 'м', 'в', 'д', 'х', 'ш', 'ч', 'нч', 'рк', 'льч', 'ст', 'рд', 'рч', 'шк'],
  endings: [['енко', 38], ['ук', 10], ['юк', 4], ['чук', 8], ['ський', 8], ['ич', 4], ['ко', 6], ['ак', 4], ['ець', 3], ['ан', 3], ['ов', 5], ['ін', 3], ['ишин', 2], ['ій', 2]],
  twoSyllables: 0.7,
};

const BELARUSIAN_SOUNDS: SurnameSounds = {
  onsets: RUSSIAN_SOUNDS.onsets,
  vowels: RUSSIAN_SOUNDS.vowels,
  codas: ['н', 'р', 'л', 'к', 'т', 'с', 'м', 'в', 'д', 'ш', 'ч', 'нк', 'рк', 'ст', 'шк'],
  endings: [['евич', 20], ['ович', 15], ['ич', 5], ['ко', 8], ['енко', 4], ['ёнок', 3], ['чик', 4], ['ский', 8], ['ук', 6], ['ик', 5], ['ец', 3], ['ов', 8], ['ин', 4], ['ак', 4]],
  twoSyllables: 0.7,
  join: russianJoin,
};

const POLISH_SOUNDS: SurnameSounds = {
  onsets: ['b', 'br', 'ch', 'cz', 'd', 'dr', 'g', 'gr', 'j', 'k', 'kr', 'kw', 'l', 'ł', 'm', 'n', 'p', 'pr', 'r', 's', 'sz', 'st', 't', 'tr', 'w', 'wr', 'z', 'ż', 'sk', 'sw', 'zb', 'gł', 'pł'],
  vowels: ['a', 'e', 'i', 'o', 'u', 'o', 'a', 'ó'],
  codas: ['n', 'r', 'l', 'k', 't', 's', 'm', 'w', 'd', 'ch', 'sz', 'cz', 'ł', 'rk', 'lk', 'nk', 'st', 'rc', 'b', 'j'],
  endings: [['owski', 22], ['ewski', 6], ['iński', 5], ['ak', 12], ['czak', 4], ['czyk', 5], ['ek', 7], ['ik', 4], ['owicz', 6], ['ewicz', 6], ['uk', 3], ['a', 3], ['iec', 2], ['ała', 2], ['ny', 2], ['as', 2], ['on', 2]],
  twoSyllables: 0.6,
};

const LATVIAN_SOUNDS: SurnameSounds = {
  onsets: ['b', 'br', 'd', 'dr', 'g', 'gr', 'j', 'k', 'kr', 'kl', 'l', 'm', 'p', 'pl', 'pr', 'r', 's', 'sk', 'sl', 'sp', 'st', 't', 'tr', 'v', 'z', 'ž', 'š', 'c', 'č'],
  vowels: ['a', 'e', 'i', 'u', 'ā', 'ē', 'ī', 'o', 'ie', 'au'],
  codas: ['n', 'r', 'l', 'k', 't', 's', 'm', 'v', 'd', 'g', 'p', 'b', 'rg', 'lt', 'nd', 'rk', 'lk', 'z'],
  endings: [['s', 30], ['iņš', 22], ['is', 14], ['ovs', 4], ['nieks', 8], ['kalns', 4], ['ons', 4], ['ulis', 4], ['ītis', 4], ['ens', 6]],
  twoSyllables: 0.5,
};

const GERMAN_FIRSTS = ['Hof', 'Berg', 'Stein', 'Feld', 'Wald', 'Bach', 'Brunn', 'Kirch', 'Lind', 'Rosen', 'Schwarz', 'Weiß', 'Klein', 'Groß', 'Neu', 'Alt', 'Ober', 'Unter', 'Sonnen', 'Wein', 'Korn', 'Holz', 'Eich', 'Buch', 'Birk', 'Fisch', 'Vogel', 'Hahn', 'Mühl', 'Kling', 'Hart', 'Stroh', 'Blum', 'Gold', 'Eisen', 'Stahl', 'Sand', 'Wies', 'Lieb', 'Gut', 'Fried', 'Gott', 'Wolf', 'Fuchs', 'Haber', 'Ross', 'Dorf', 'Brand', 'Spitz', 'Stock', 'Ried', 'Rein', 'Schön', 'Lang', 'Kurz', 'Zimmer', 'Kessel', 'Hein', 'Diet', 'Ger', 'Rein', 'Ul', 'Kon', 'Walt', 'Leh', 'Schil', 'Wer', 'Häm', 'Ebel', 'Fried'];
const GERMAN_SECONDS = [['mann', 14], ['er', 12], ['berger', 5], ['bauer', 4], ['meier', 4], ['hofer', 3], ['ner', 4], ['ler', 5], ['schmidt', 2], ['feld', 3], ['hardt', 3], ['haus', 2], ['stein', 3], ['berg', 3], ['bach', 3], ['brecht', 2], ['wald', 2], ['müller', 1], ['macher', 2], ['ling', 3], ['ke', 3], ['ert', 3], ['inger', 3], ['hold', 2]] as const;

const FINNISH_FIRSTS = ['Mäki', 'Koski', 'Järvi', 'Niemi', 'Lahti', 'Salo', 'Vaara', 'Kallio', 'Rinne', 'Lehto', 'Laine', 'Harju', 'Korpi', 'Aho', 'Pelto', 'Joki', 'Kivi', 'Metsä', 'Suo', 'Saari', 'Ranta', 'Vuori', 'Kangas', 'Nurmi', 'Kari', 'Virta', 'Hiekka', 'Leppä', 'Koivu', 'Kuusi', 'Mänty', 'Haapa', 'Tammi', 'Pihla', 'Lumi', 'Halla', 'Talvi', 'Kesä', 'Hirvi', 'Karhu', 'Kettu', 'Lintu', 'Kukko', 'Sorsa', 'Hauki', 'Lohi', 'Paju', 'Heinä', 'Ruoho', 'Hovi', 'Kylä', 'Talo', 'Torppa', 'Seppä', 'Mylly', 'Ala', 'Yli', 'Iso', 'Vähä', 'Ylä', 'Heikki', 'Antti', 'Matti', 'Jussi', 'Pekka', 'Tuomi', 'Rauta', 'Kulta', 'Savo', 'Karja'];
const FINNISH_SECONDS = [['nen', 30], ['la', 6], ['mäki', 4], ['koski', 3], ['järvi', 3], ['niemi', 3], ['lahti', 2], ['salo', 3], ['vaara', 2], ['aho', 3], ['pelto', 2], ['joki', 2], ['kangas', 2], ['korpi', 2], ['nurmi', 2], ['vuori', 2], ['ranta', 2], ['lehto', 2], ['luoma', 2], ['oja', 2], ['puro', 1], ['ranen', 2], ['lainen', 3]] as const;
/** Finnish vowel harmony for -la/-lainen: a front-vowel word takes -lä/-läinen. */
function finnishJoin(first: string, second: string): string {
  const front = /[äöy]/.test(first) && !/[aou]/.test(first);
  const ending = front ? second.replace(/a/g, 'ä') : second;
  return first + ending;
}

const JEWISH_FIRSTS = ['Гольд', 'Зильбер', 'Розен', 'Грин', 'Блюм', 'Эйзен', 'Штейн', 'Фейн', 'Вайн', 'Шварц', 'Вайс', 'Рот', 'Клейн', 'Гросс', 'Фрид', 'Липш', 'Мандель', 'Апфель', 'Цукер', 'Перл', 'Лихт', 'Штерн', 'Вольф', 'Гирш', 'Лейб', 'Герш', 'Ройз', 'Фиш', 'Тейх', 'Гут', 'Шпиц', 'Кессель', 'Файн', 'Шнейд', 'Эдель', 'Гельб', 'Вейс', 'Абрам', 'Мовш', 'Берк', 'Янкел', 'Шмул', 'Мендел', 'Юдел', 'Хаим', 'Ицк', 'Айзик', 'Залман', 'Мордух', 'Нохим', 'Рувим', 'Зелик', 'Фишел', 'Гершк', 'Мошк', 'Шимш', 'Израил', 'Лейзер', 'Хацкел', 'Хон'];
const JEWISH_SECONDS = [['берг', 8], ['штейн', 8], ['ман', 8], ['фельд', 4], ['баум', 3], ['блат', 2], ['таль', 2], ['цвейг', 1], ['зон', 4], ['ер', 3], ['ович', 8], ['ин', 5], ['ензон', 2], ['ский', 3], ['енберг', 3], ['енштейн', 2], ['кинд', 1], ['гарт', 1], ['ис', 2]] as const;

const KOREAN_MORE = ['Ан', 'Чон', 'Хон', 'Кан', 'Ко', 'Чо', 'Ю', 'Шек', 'Ни', 'Тхай', 'Лигай', 'Кигай', 'Тягай', 'Угай', 'Дегай', 'Ем', 'Эм', 'Сон', 'Пай'];

/** The models, by nationality key (see nationalities.ts). */
export const SURNAME_MODELS: Readonly<Record<string, SurnameModel>> = {
  russian: {
    head: {
      M: unique([...lists.RUSSIAN_COMMON_SURNAMES, ...shuffled(withGeneric(lastNames(fakerRU), 'M'), 11)]),
      F: unique([...lists.RUSSIAN_COMMON_SURNAMES.map(russianFeminine), ...shuffled(withGeneric(lastNames(fakerRU), 'F'), 11)]),
    },
    headShare: 0.36, zipf: 0.45, rareCount: RARE_SURNAMES,
    rare: (n) => syllableSurname(RUSSIAN_SOUNDS, n, 1), feminine: russianFeminine,
  },
  ukrainian: {
    head: { M: shuffled(unique(withGeneric(lastNames(fakerUK), 'M')), 12), F: shuffled(unique(withGeneric(lastNames(fakerUK), 'F')), 12) },
    headShare: 0.45, zipf: 0.5, rareCount: RARE_SURNAMES,
    rare: (n) => syllableSurname(UKRAINIAN_SOUNDS, n, 2), feminine: ukrainianFeminine,
  },
  belarusian: {
    head: { M: lists.BELARUSIAN_SURNAMES, F: lists.BELARUSIAN_SURNAMES.map(russianFeminine) },
    headShare: 0.3, zipf: 0.5, rareCount: RARE_SURNAMES,
    rare: (n) => syllableSurname(BELARUSIAN_SOUNDS, n, 3), feminine: russianFeminine,
  },
  polish: {
    head: shuffledPair(unique(withGeneric(lastNames(fakerPL), 'M')), unique(withGeneric(lastNames(fakerPL), 'M')).map(polishFeminine), 14),
    headShare: 0.55, zipf: 0.5, rareCount: RARE_SURNAMES,
    rare: (n) => syllableSurname(POLISH_SOUNDS, n, 4), feminine: polishFeminine,
  },
  german: {
    head: { M: unique([...lists.GERMAN_SURNAMES, ...shuffled(withGeneric(lastNames(fakerDE), 'M'), 15)]), F: unique([...lists.GERMAN_SURNAMES, ...shuffled(withGeneric(lastNames(fakerDE), 'F'), 15)]) },
    headShare: 0.7, zipf: 0.5, rareCount: RARE_SURNAMES,
    rare: (n) => compoundSurname(GERMAN_FIRSTS, GERMAN_SECONDS, n, 5), feminine: unchanged,
  },
  jewish: {
    head: { M: lists.JEWISH_SURNAMES, F: lists.JEWISH_SURNAMES },
    headShare: 0.35, zipf: 0.5, rareCount: RARE_SURNAMES,
    rare: (n) => compoundSurname(JEWISH_FIRSTS, JEWISH_SECONDS, n, 6), feminine: russianFeminine,
  },
  latvian: {
    head: shuffledPair(withGeneric(lastNames(fakerLV), 'M'), withGeneric(lastNames(fakerLV), 'F'), 17),
    headShare: 0.5, zipf: 0.5, rareCount: RARE_SURNAMES,
    rare: (n) => syllableSurname(LATVIAN_SOUNDS, n, 7), feminine: latvianFeminine,
  },
  finnish: {
    head: shuffledPair(unique(withGeneric(lastNames(fakerFI), 'M')), unique(withGeneric(lastNames(fakerFI), 'M')), 18),
    headShare: 0.4, zipf: 0.5, rareCount: RARE_SURNAMES,
    rare: (n) => compoundSurname(FINNISH_FIRSTS, FINNISH_SECONDS, n, 8, finnishJoin), feminine: unchanged,
  },
  korean: {
    // Korean surnames are genuinely few: Kim, Pak, Li and a few dozen others.
    head: { M: unique([...lists.KOREAN_SURNAMES, ...KOREAN_MORE]), F: unique([...lists.KOREAN_SURNAMES, ...KOREAN_MORE]) },
    headShare: 1, zipf: 1.1, rareCount: 1,
    rare: () => 'Ким', feminine: unchanged,
  },
};
