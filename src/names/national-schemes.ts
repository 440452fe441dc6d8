/**
 * Romanisations iuliia does not have: the Ukrainian national standard (Cabinet of Ministers
 * resolution 55, 2010), and the Polish (PWN) and German (Duden) spellings of Russian names, as
 * found in Polish and German documents and literature (Sołowjow, Gorbatschow, Jelzin, Jeżow,
 * Jeschow). Each is a function of a letter and its neighbours, applied word by word.
 */

/** What a rule sees: the letter, the letters before and after it (lower case), word edges. */
interface Context {
  ch: string;
  prev: string;
  next: string;
  /** The letter two places on ('' past the end of the word). */
  next2: string;
  atStart: boolean;
  atEnd: boolean;
}
type Rule = (c: Context) => string;

const VOWELS = new Set([...'аеёиоуыэюяіїє']);
const SIGNS = new Set(['ь', 'ъ', "'", '’', 'ʼ']);
/** After these, a vowel letter starts a new syllable with an audible "j". */
const iotated = (c: Context) => c.atStart || VOWELS.has(c.prev) || SIGNS.has(c.prev);

/** Ukrainian national romanisation (2010): є ї й ю я take y- forms at the start of a word. */
const UK_TABLE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'y', і: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ъ: '', "'": '', '’': '', 'ʼ': '', ы: 'y', э: 'e', ё: 'io',
  ў: 'u', // Belarusian short u, for names written in Belarusian
};
const ukrainian: Rule = (c) => {
  switch (c.ch) {
    case 'є': return c.atStart ? 'ye' : 'ie';
    case 'ї': return c.atStart ? 'yi' : 'i';
    case 'й': return c.atStart ? 'y' : 'i';
    case 'ю': return c.atStart ? 'yu' : 'iu';
    case 'я': return c.atStart ? 'ya' : 'ia';
    case 'г': return c.prev === 'з' ? 'gh' : 'h'; // зг → zgh keeps it apart from ж (zh)
    default: return UK_TABLE[c.ch] ?? c.ch;
  }
};

/** Hard consonants after which Polish writes e/o/u/a and y rather than ie/io/iu/ia and i. */
const PL_HARD = new Set(['ж', 'ш', 'ч', 'щ', 'ц']);
const PL_TABLE: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', ж: 'ż', з: 'z', й: 'j', к: 'k', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'c', ч: 'cz', ш: 'sz', щ: 'szcz',
  ъ: '', ы: 'y', э: 'e', і: 'i', ї: 'ji', є: 'je', ґ: 'g',
};
/** Before these, л is the soft Polish l; elsewhere the hard ł. */
const PL_SOFTENING = new Set(['е', 'ё', 'ю', 'я', 'и', 'ь', 'і', 'є', 'ї']);
const PL_SOFT_SIGN: Record<string, string> = { н: 'ń', с: 'ś', з: 'ź', ц: 'ć' };
/** A soft vowel: j+vowel after a vowel or sign, plain after hard consonants and л, else i+vowel. */
function polishSoft(c: Context, plain: string, iot: string): string {
  if (iotated(c)) return `j${plain}`;
  return PL_HARD.has(c.prev) || c.prev === 'л' ? plain : iot;
}
const polish: Rule = (c) => {
  switch (c.ch) {
    case 'е': return c.prev === 'р' && !iotated(c) ? 'e' : polishSoft(c, 'e', 'ie'); // Брежнев → Breżniew
    case 'ё': return polishSoft(c, 'o', 'io');
    case 'ю': return polishSoft(c, 'u', 'iu');
    case 'я': return polishSoft(c, 'a', 'ia');
    case 'и': return PL_HARD.has(c.prev) ? 'y' : (VOWELS.has(c.prev) || c.prev === 'ь') && !c.atStart ? 'ji' : 'i';
    case 'л': return PL_SOFTENING.has(c.next) ? 'l' : 'ł';
    case 'ь': return '';
    default: {
      // A soft sign after н с з ц is written as an accent on the consonant (Гоньба → Gońba).
      if (c.next === 'ь' && PL_SOFT_SIGN[c.ch] && !VOWELS.has(c.next2)) return PL_SOFT_SIGN[c.ch]!;
      return PL_TABLE[c.ch] ?? c.ch;
    }
  }
};

const DE_TABLE: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', д: 'd', ж: 'sch', з: 's', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', т: 't', у: 'u', ф: 'f', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch',
  ъ: '', ь: '', ы: 'y', э: 'e', і: 'i', ї: 'ji', є: 'je', ґ: 'g',
};
const DE_HUSHING = new Set(['ж', 'ш', 'ч', 'щ']);
const german: Rule = (c) => {
  switch (c.ch) {
    case 'е': return iotated(c) ? 'je' : 'e';
    case 'ё': return DE_HUSHING.has(c.prev) ? 'o' : iotated(c) ? 'jo' : 'jo';
    case 'ю': return 'ju';
    case 'я': return 'ja';
    case 'и': return c.prev === 'ь' ? 'ji' : 'i';
    // й is dropped after и/ы at the end (Василий → Wassili, Горький → Gorki), else i/j.
    case 'й': return c.atEnd && (c.prev === 'и' || c.prev === 'ы') ? '' : VOWELS.has(c.next) ? 'j' : 'i';
    // с between vowels is written ss so that it stays voiceless (Василий → Wassili).
    case 'с': return VOWELS.has(c.prev) && VOWELS.has(c.next) ? 'ss' : 's';
    case 'к': return c.next === 'с' ? 'x' : 'k';
    default: return DE_TABLE[c.ch] ?? c.ch;
  }
};
/** Letters German swallows after a rule has already written them (кс → x). */
const germanSkip = (prev: string, ch: string) => prev === 'к' && ch === 'с';

export const NATIONAL_SCHEMES: Readonly<Record<string, Rule>> = {
  uk_2010: ukrainian,
  pl_pwn: polish,
  de_duden: german,
};

/**
 * Per scheme: the letters whose spelling depends on their neighbours (the rule decides), and
 * the plain table for all others (looked up directly: most letters of a name are plain).
 */
const CONTEXT_LETTERS: Readonly<Record<string, { context: Set<string>; plain: Record<string, string> }>> = {
  uk_2010: { context: new Set([...'єїйюяг']), plain: UK_TABLE },
  // A letter before ь may take an accent (н с з ц), so those consult the rule too.
  pl_pwn: { context: new Set([...'еёюяильнсзц']), plain: PL_TABLE },
  de_duden: { context: new Set([...'еёюяийск']), plain: DE_TABLE },
};

/** True for a letter or a sign that is part of a word (apostrophes in Ukrainian names). */
function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if ((code >= 0x430 && code <= 0x45f) || (code >= 0x400 && code <= 0x42f) || (code >= 97 && code <= 122)) return true;
  return SIGNS.has(ch) || /\p{L}/u.test(ch);
}

/** Lower-cases one letter cheaply (text is mostly lower-case already). */
function lower(ch: string): string {
  const code = ch.charCodeAt(0);
  if ((code >= 0x410 && code <= 0x42f) || (code >= 0x400 && code <= 0x40f) || (code >= 65 && code <= 90)) return ch.toLowerCase();
  return code < 0x80 || (code >= 0x430 && code <= 0x45f) ? ch : ch.toLowerCase();
}

/** Romanises lower-case or mixed-case Cyrillic `text` with one of the national schemes. */
export function romaniseNational(text: string, scheme: string): string {
  const rule = NATIONAL_SCHEMES[scheme];
  if (!rule) throw new Error(`unknown national scheme "${scheme}"`);
  const german = scheme === 'de_duden';
  const { context, plain } = CONTEXT_LETTERS[scheme]!;
  // One context object, reused for every letter (this runs for every distinct surname).
  const c: Context = { ch: '', prev: '', next: '', next2: '', atStart: true, atEnd: false };
  let out = '';
  let wordStart = true;
  for (let i = 0; i < text.length; i++) {
    const raw = text[i]!; // Cyrillic and Latin letters are single UTF-16 units
    if (!isWordChar(raw)) {
      out += raw;
      wordStart = true;
      continue;
    }
    const ch = lower(raw);
    if (raw === ch && !context.has(ch)) {
      const latin = plain[ch];
      if (latin !== undefined) {
        out += latin;
        wordStart = false;
        continue;
      }
    }
    const prev = wordStart ? '' : lower(text[i - 1]!);
    if (german && germanSkip(prev, ch)) {
      wordStart = false;
      continue;
    }
    const nextRaw = i + 1 < text.length ? text[i + 1]! : '';
    const atEnd = nextRaw === '' || !isWordChar(nextRaw);
    const next2Raw = atEnd || i + 2 >= text.length ? '' : text[i + 2]!;
    c.ch = ch;
    c.prev = prev;
    c.next = atEnd ? '' : lower(nextRaw);
    c.next2 = next2Raw !== '' && isWordChar(next2Raw) ? lower(next2Raw) : '';
    c.atStart = wordStart;
    c.atEnd = atEnd;
    let latin = rule(c);
    if (raw !== ch && latin.length > 0) latin = latin[0]!.toUpperCase() + latin.slice(1);
    out += latin;
    wordStart = false;
  }
  return out;
}

/** A word boundary in normalised text (normalizeName leaves only letters, spaces and hyphens). */
const isBoundary = (ch: string | undefined) => ch === undefined || ch === ' ' || ch === '-';

/**
 * romaniseNational for normalised text (lower case; words of letters separated by spaces or
 * hyphens): the same spelling without per-letter case and letter-class checks. Keys romanise
 * every distinct surname of an archive in three national schemes, so this is on the hot path.
 */
export function romaniseNationalNormal(text: string, scheme: string): string {
  const rule = NATIONAL_SCHEMES[scheme];
  if (!rule) throw new Error(`unknown national scheme "${scheme}"`);
  const german = scheme === 'de_duden';
  const { context, plain } = CONTEXT_LETTERS[scheme]!;
  const c: Context = { ch: '', prev: '', next: '', next2: '', atStart: true, atEnd: false };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '-') {
      out += ch;
      continue;
    }
    if (!context.has(ch)) {
      const latin = plain[ch];
      if (latin !== undefined) {
        out += latin;
        continue;
      }
    }
    const before = i > 0 ? text[i - 1] : undefined;
    const atStart = isBoundary(before);
    const prev = atStart ? '' : before!;
    if (german && germanSkip(prev, ch)) continue;
    const after = text[i + 1];
    const atEnd = isBoundary(after);
    const after2 = atEnd ? undefined : text[i + 2];
    c.ch = ch;
    c.prev = prev;
    c.next = atEnd ? '' : after!;
    c.next2 = isBoundary(after2) ? '' : after2!;
    c.atStart = atStart;
    c.atEnd = atEnd;
    out += rule(c);
  }
  return out;
}
