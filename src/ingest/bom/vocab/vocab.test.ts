import { describe, expect, it } from 'vitest';
import { BODIES, bodyKey } from './bodies.ts';
import { CHARGE_ABBREVIATIONS, articleKeys, chargeKeys } from './charges.ts';
import { EDUCATION, educationKey } from './education.ts';
import { NATIONALITY_KEYS, nationalityKey } from './nationalities.ts';
import { OPERATIONS, operationIn } from './operations.ts';
import { PARTY, partyKey } from './party.ts';
import { SENTENCES, sentenceNorm } from './sentences.ts';
import { SITES, siteKey } from './sites.ts';
import { checkKeys } from './vocabulary.ts';

describe('vocabulary keys', () => {
  it('are unique slugs in every vocabulary', () => {
    for (const entries of [BODIES, EDUCATION, OPERATIONS, PARTY, SENTENCES, SITES]) expect(checkKeys(entries)).toEqual([]);
    expect(new Set(NATIONALITY_KEYS).size).toBe(NATIONALITY_KEYS.length);
    expect(checkKeys(NATIONALITY_KEYS.map((key) => ({ key, label: key, labelEn: key, pattern: /x/u })))).toEqual([]);
    expect(new Set(CHARGE_ABBREVIATIONS.map((c) => c.key)).size).toBe(CHARGE_ABBREVIATIONS.length);
  });
});

describe('nationalityKey', () => {
  it.each([
    ['латыш', 'latvian'], ['латышка', 'latvian'], ['Полька', 'polish'], ['коряк-кочевник', 'koryak'],
    ['еврейка', 'jewish'], ['русская', 'russian'], ['немец', 'german'], ['кореец', 'korean'], ['иранец', 'persian'],
  ])('%s → %s', (form, key) => expect(nationalityKey(form)).toBe(key));

  it('refuses places, other words and undecided forms', () => {
    for (const text of ['Латвия', 'г. Рига', 'латышская', 'немец (русский)', 'русский (по другим данным - еврей)']) {
      expect(nationalityKey(text), text).toBeUndefined();
    }
    expect(nationalityKey('русский (по паспорту)')).toBe('russian');
  });
});

describe('partyKey and educationKey', () => {
  it.each([
    ['б/п', 'non-party'], ['б/п (бывший эсер)', 'non-party'], ['член ВКП(б) с 1927 по 1938', 'vkpb'],
    ['кандидат в члены ВКП(б)', 'vkpb-candidate'], ['бывший член ВКП(б)', 'vkpb-former'],
    ['исключен из ВКП(б) в 1935 г.', 'vkpb-expelled'], ['искл. из ВКП(б) в 1935', 'vkpb-expelled'],
    ['член ВЛКСМ', 'komsomol'], ['член КП Германии', 'foreign-communist'], ['член КПГ с 1920', 'foreign-communist'], ['в 1920-1933 член ВКП(б)', 'vkpb'], ['бывший меньшевик', 'former-other-party'],
  ])('%s → %s', (text, key) => expect(partyKey(text)).toBe(key));

  it('does not take a workplace for a party statement', () => {
    expect(partyKey('член правления артели')).toBeUndefined();
    expect(partyKey('Кирижский лесохимкомбинат: начальник обследовательской партии')).toBeUndefined();
  });

  it('reads education levels', () => {
    expect([educationKey('малограмотный'), educationKey('неграмотная'), educationKey('образование высшее')]).toEqual(['semi-literate', 'illiterate', 'higher']);
    expect(educationKey('студент рабфака')).toBeUndefined();
  });
});

describe('charges', () => {
  it.each([
    ['по ст. 58-2-8-9-10-11 УК РСФСР', '58-2,58-8,58-9,58-10,58-11'],
    ['по ст. 58 п. 10, 11 УК РСФСР', '58-10,58-11'],
    ['ст. 58, п. 3 УК РСФСР', '58-3'],
    ['ст.58-10 ч.1 УК РСФСР', '58-10'],
    ['58-10 ч.1, 58-11', '58-10,58-11'],
    ['по ст. 58-1 "а" УК РСФСР', '58-1a'],
    ['по ст. 58-1б УК РСФСР', '58-1b'],
    ['по ст. ст. 58-6, 58-7, 58-11 УК РСФСР', '58-6,58-7,58-11'],
    ['54-10 УК УССР', '58-10'],
    ['58-10, 59-3', '58-10,59-3'],
    ['по ст. 58 УК РСФСР', '58'],
    ['СОЭ.', 'SOE'],
    ['как ЧСИР.', 'ChSIR'],
    ['ст. КРД.', 'KRD'],
    ['за а/с агитацию.', 'ASA'],
    ['за антисоветскую агитацию (ст. 58-10 УК РСФСР).', '58-10,ASA'],
    ['постановление ЦИК и СНК СССР от 1.02.1930 г..', 'decree-1930-02-01'],
    ['за а/с деятельность', 'ASD'],
    ['АСД', 'ASD'],
    ['а/с агит', 'ASA'],
    ['по ст. 58 п.п. 10, 11 УК РСФСР', '58-10,58-11'],
    ['участии в к.-р. террористической организации', 'KRO'],
    ['69 УК БССР - агент польской разведки', 'espionage'],
  ])('%s → %s', (text, keys) => expect(chargeKeys(text).join(',')).toBe(keys));

  it('does not read article 54 outside the Ukrainian code, nor numbers that are not clauses', () => {
    expect(articleKeys('54-10 УК')).toEqual([]);
    expect(articleKeys('58-20')).toEqual([]);
    expect(chargeKeys('69, 71, 76 УК БССР')).toEqual([]);
  });
});

describe('sentenceNorm', () => {
  it.each([
    ['ВМН', 'death'], ['расстрел', 'death'], ['10 лет ИТЛ', 'camp:10y'], ['5 лет ссылки', 'exile:5y'],
    ['выслан', 'deportation'], ['20 лет', 'term:20y'], ['3 года лишения свободы', 'imprisonment:3y'],
  ])('%s → %s', (text, norm) => expect(sentenceNorm(text)).toBe(norm));

  it('refuses text with no sentence in it', () => {
    expect(sentenceNorm('мера снижена')).toBeUndefined();
    expect(sentenceNorm('99 лет')).toBeUndefined();
  });
});

describe('bodies and sites', () => {
  it.each([
    ['тройкой при УНКВД по Омской обл.', 'nkvd-troika'],
    ['Тройка при ПП ОГПУ в Казахстане', 'ogpu-troika'],
    ['Ос. Тр. УНКВД ЛО', 'nkvd-troika'],
    ['Комиссия НКВД СССР и Прокурора СССР', 'dvoika'],
    ['Комиссией НКВД и Прокуратуры СССР', 'dvoika'],
    ['ОСО при НКВД СССР', 'oso'],
    ['Особое совещание при МГБ СССР', 'oso'],
    ['Военной коллегией Верховного суда СССР', 'military-collegium'],
    ['Выездная сессия Военной коллегии ВС СССР', 'military-collegium-visiting'],
    ['Военный трибунал Северо-Кавказского ВО', 'military-tribunal'],
    ['Казанский губернский революционный трибунал', 'revolutionary-tribunal'],
    ['Корякский окрсуд', 'regional-court'],
    ['Карагандинский облсуд', 'regional-court'],
    ['Елабужский РИК', 'district-executive-committee'],
    ['Чистопольская райтройка', 'district-troika'],
    ['Бабаевским РО УНКВД ВО', 'nkvd'],
    ['УВД Амурской обл.', 'mvd'],
    ['Президиумом Верхсуда РСФСР', 'supreme-court'],
  ])('%s → %s', (text, key) => expect(bodyKey(text)).toBe(key));

  it('does not see a body in ordinary words', () => {
    expect(bodyKey('за отсутствием состава преступления')).toBeUndefined();
    expect(bodyKey('оправдан')).toBeUndefined();
  });

  it.each([
    ['Бутово', 'butovo'], ['Коммунарка', 'kommunarka'], ['Донское', 'donskoe'], ['Ваганьковское кладбище', 'vagankovo'],
    ['Яузская больница', 'yauza-hospital'], ['Левашовская пустошь', 'levashovo'],
  ])('site %s → %s', (text, key) => expect(siteKey(text)).toBe(key));
});

describe('operationIn', () => {
  it('reads the NKVD order a statement names', () => {
    expect(operationIn('в рамках приказа 00447.')).toEqual({ key: 'order-00447', start: 9, end: 22 });
    expect(operationIn('по приказу 00447 НКВД СССР..')?.key).toBe('order-00447');
    expect(operationIn('Прик№ 00485-37г - агент польской разведки')?.key).toBe('order-00485');
    expect(operationIn('по приказу 181')).toBeUndefined();
    expect(operationIn('58-10')).toBeUndefined();
  });
});
