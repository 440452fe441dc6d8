/**
 * Nationalities as Books of Memory print them: masculine, feminine and a few compound forms
 * ("латыш", "латышка", "коряк-кочевник"). Matching is on the whole item, lower-cased, so a
 * word inside a place name ("Латвия") never counts.
 */

/** key, English label, then the printed forms (masculine, feminine, variants). */
const NATIONALITIES: readonly (readonly [string, string, ...string[]])[] = [
  ['russian', 'Russian', 'русский', 'русская', 'великоросс'],
  ['ukrainian', 'Ukrainian', 'украинец', 'украинка', 'малоросс'],
  ['belarusian', 'Belarusian', 'белорус', 'белоруска'],
  ['polish', 'Polish', 'поляк', 'полька'],
  ['jewish', 'Jewish', 'еврей', 'еврейка', 'иудей'],
  ['latvian', 'Latvian', 'латыш', 'латышка', 'латгалец', 'латгалка'],
  ['lithuanian', 'Lithuanian', 'литовец', 'литовка'],
  ['estonian', 'Estonian', 'эстонец', 'эстонка', 'эст'],
  ['finnish', 'Finnish', 'финн', 'финка', 'фин'],
  ['karelian', 'Karelian', 'карел', 'карелка'],
  ['ingrian', 'Ingrian', 'ингерманландец', 'ижорец', 'ижорка'],
  ['german', 'German', 'немец', 'немка'],
  ['austrian', 'Austrian', 'австриец', 'австрийка'],
  ['hungarian', 'Hungarian', 'венгр', 'венгерка', 'мадьяр'],
  ['czech', 'Czech', 'чех', 'чешка'],
  ['slovak', 'Slovak', 'словак', 'словачка'],
  ['romanian', 'Romanian', 'румын', 'румынка'],
  ['moldovan', 'Moldovan', 'молдаванин', 'молдаванка', 'молдован'],
  ['bulgarian', 'Bulgarian', 'болгарин', 'болгарка'],
  ['serbian', 'Serbian', 'серб', 'сербка'],
  ['croatian', 'Croatian', 'хорват', 'хорватка'],
  ['greek', 'Greek', 'грек', 'гречанка'],
  ['italian', 'Italian', 'итальянец', 'итальянка'],
  ['french', 'French', 'француз', 'француженка'],
  ['english', 'English', 'англичанин', 'англичанка'],
  ['american', 'American', 'американец', 'американка'],
  ['swiss', 'Swiss', 'швейцарец', 'швейцарка'],
  ['swedish', 'Swedish', 'швед', 'шведка'],
  ['norwegian', 'Norwegian', 'норвежец', 'норвежка'],
  ['danish', 'Danish', 'датчанин', 'датчанка'],
  ['dutch', 'Dutch', 'голландец', 'голландка'],
  ['belgian', 'Belgian', 'бельгиец', 'бельгийка'],
  ['spanish', 'Spanish', 'испанец', 'испанка'],
  ['armenian', 'Armenian', 'армянин', 'армянка'],
  ['georgian', 'Georgian', 'грузин', 'грузинка'],
  ['azerbaijani', 'Azerbaijani', 'азербайджанец', 'азербайджанка', 'тюрк', 'тюрчанка'],
  ['tatar', 'Tatar', 'татарин', 'татарка'],
  ['crimean-tatar', 'Crimean Tatar', 'крымский татарин', 'крымская татарка'],
  ['bashkir', 'Bashkir', 'башкир', 'башкирка'],
  ['chuvash', 'Chuvash', 'чуваш', 'чувашка'],
  ['mordvin', 'Mordvin', 'мордвин', 'мордвинка', 'мордовец', 'мордовка', 'эрзя', 'мокша'],
  ['mari', 'Mari', 'мариец', 'марийка', 'черемис'],
  ['udmurt', 'Udmurt', 'удмурт', 'удмуртка', 'вотяк'],
  ['komi', 'Komi', 'коми', 'зырянин', 'зырянка', 'коми-пермяк', 'коми-пермячка'],
  ['kazakh', 'Kazakh', 'казах', 'казашка', 'киргиз-казах'],
  ['kyrgyz', 'Kyrgyz', 'киргиз', 'киргизка'],
  ['uzbek', 'Uzbek', 'узбек', 'узбечка'],
  ['tajik', 'Tajik', 'таджик', 'таджичка'],
  ['turkmen', 'Turkmen', 'туркмен', 'туркменка'],
  ['kalmyk', 'Kalmyk', 'калмык', 'калмычка'],
  ['buryat', 'Buryat', 'бурят', 'бурятка', 'бурят-монгол', 'бурят-монголка'],
  ['yakut', 'Yakut', 'якут', 'якутка'],
  ['koryak', 'Koryak', 'коряк', 'корячка', 'корякка'],
  ['chukchi', 'Chukchi', 'чукча', 'чукчанка'],
  ['even', 'Even', 'эвен', 'эвенка', 'ламут'],
  ['evenk', 'Evenk', 'эвенк', 'эвенкийка', 'тунгус'],
  ['itelmen', 'Itelmen', 'ительмен', 'ительменка', 'камчадал', 'камчадалка'],
  ['nenets', 'Nenets', 'ненец', 'ненка', 'самоед'],
  ['khanty', 'Khanty', 'ханты', 'хант', 'остяк'],
  ['mansi', 'Mansi', 'манси', 'вогул'],
  ['chechen', 'Chechen', 'чеченец', 'чеченка'],
  ['ingush', 'Ingush', 'ингуш', 'ингушка'],
  ['ossetian', 'Ossetian', 'осетин', 'осетинка'],
  ['kabardian', 'Kabardian', 'кабардинец', 'кабардинка'],
  ['balkar', 'Balkar', 'балкарец', 'балкарка'],
  ['karachay', 'Karachay', 'карачаевец', 'карачаевка'],
  ['adyghe', 'Adyghe', 'адыгеец', 'адыгейка', 'черкес', 'черкешенка'],
  ['avar', 'Avar', 'аварец', 'аварка'],
  ['lezgin', 'Lezgin', 'лезгин', 'лезгинка'],
  ['kumyk', 'Kumyk', 'кумык', 'кумычка'],
  ['abkhaz', 'Abkhaz', 'абхазец', 'абхазка'],
  ['kurd', 'Kurdish', 'курд', 'курдянка'],
  ['assyrian', 'Assyrian', 'ассириец', 'ассирийка', 'айсор', 'айсорка'],
  ['persian', 'Persian', 'перс', 'персиянка', 'иранец', 'иранка'],
  ['turkish', 'Turkish', 'турок', 'турчанка'],
  ['gagauz', 'Gagauz', 'гагауз', 'гагаузка'],
  ['karaite', 'Karaite', 'караим', 'караимка'],
  ['gypsy', 'Roma', 'цыган', 'цыганка'],
  ['korean', 'Korean', 'кореец', 'кореянка'],
  ['chinese', 'Chinese', 'китаец', 'китаянка'],
  ['japanese', 'Japanese', 'японец', 'японка'],
  ['mongol', 'Mongol', 'монгол', 'монголка'],
  ['harbin-returnee', 'Harbin returnee', 'харбинец', 'харбинка'],
  ['vepsian', 'Veps', 'вепс', 'вепсянка'],
  ['altai', 'Altai', 'алтаец', 'алтайка', 'ойрот', 'ойротка'],
  ['khakas', 'Khakas', 'хакас', 'хакаска'],
  ['tuvan', 'Tuvan', 'тувинец', 'тувинка'],
  ['shor', 'Shor', 'шорец', 'шорка'],
  ['nanai', 'Nanai', 'нанаец', 'нанайка', 'гольд'],
  ['uyghur', 'Uyghur', 'уйгур', 'уйгурка'],
  ['dungan', 'Dungan', 'дунганин', 'дунганка'],
  ['arab', 'Arab', 'араб', 'арабка'],
  ['mountain-jewish', 'Mountain Jew', 'горский еврей', 'горская еврейка'],
];

const BY_FORM = new Map<string, string>();
for (const [key, , ...forms] of NATIONALITIES) for (const form of forms) BY_FORM.set(form, key);

export const NATIONALITY_KEYS: readonly string[] = NATIONALITIES.map(([key]) => key);

/** English label of a nationality key. */
export function nationalityLabel(key: string): string | undefined {
  return NATIONALITIES.find(([k]) => k === key)?.[1];
}

/** Words that may follow a nationality in one item without changing it ("коряк-кочевник"). */
const QUALIFIER = /^(?:кочевник|кочевница|оседлый|оседлая)$/u;

/** First words of the forms, to reject most items (places, posts) before folding them whole. */
const FIRST_WORDS = new Set([...BY_FORM.keys()].map((form) => form.split(/[\s-]/u)[0]!));
/** Longest first word of a form; a longer first word is no nationality. */
const MAX_FIRST_WORD = Math.max(...[...FIRST_WORDS].map((w) => w.length));

/** True when the item's first word could begin a nationality form. */
function mayBeNationality(item: string): boolean {
  let end = 0;
  while (end < item.length && end <= MAX_FIRST_WORD) {
    const c = item[end];
    if (c === ' ' || c === '-' || c === '(' || c === ',') break;
    end++;
  }
  if (end > MAX_FIRST_WORD) return false;
  const first = item.slice(0, end).toLowerCase();
  return FIRST_WORDS.has(first.includes('ё') ? first.replace(/ё/gu, 'е') : first);
}

/** Lower case with ё as е, as the forms are stored. */
const fold = (item: string): string => {
  const s = item.toLowerCase().trim();
  return s.includes('ё') ? s.replace(/ё/gu, 'е') : s;
};

/**
 * The nationality key of one item as printed ("латыш", "Полька", "коряк-кочевник"), or
 * undefined when the item is not (only) a nationality.
 */
export function nationalityKey(item: string): string | undefined {
  const trimmed = item.trim();
  return mayBeNationality(trimmed) ? readNationality(fold(trimmed)) : undefined;
}

function readNationality(s: string): string | undefined {
  const exact = BY_FORM.get(s);
  if (exact) return exact;
  // "коряк-кочевник", "русский (по паспорту)"
  const paren = s.indexOf(' (');
  if (paren > 0) {
    // "немец (русский)": the source hesitates between two nationalities; keep the text only.
    const first = BY_FORM.get(s.slice(0, paren));
    if (!first) return undefined;
    const others = s.slice(paren + 2).split(/[^\p{L}-]+/u).map((w) => BY_FORM.get(w)).filter((k) => k !== undefined);
    return others.some((k) => k !== first) ? undefined : first;
  }
  const dash = s.indexOf('-');
  if (dash > 0 && QUALIFIER.test(s.slice(dash + 1))) return BY_FORM.get(s.slice(0, dash));
  return undefined;
}

/**
 * Reads an item as a statement of nationality: `{ key }` when the vocabulary settles it,
 * `{}` when it is a nationality the source hesitates on ("немец (русский)", kept as text),
 * undefined when the item is not a nationality.
 */
export function nationalityOf(item: string): { key?: string } | undefined {
  const trimmed = item.trim();
  if (!mayBeNationality(trimmed)) return undefined;
  const s = fold(trimmed);
  const key = readNationality(s);
  if (key) return { key };
  const paren = s.indexOf(' (');
  return paren > 0 && BY_FORM.has(s.slice(0, paren)) ? {} : undefined;
}

/** True when the item is a statement of nationality, even one the vocabulary cannot settle. */
export function isNationalityItem(item: string): boolean {
  return nationalityOf(item) !== undefined;
}
