/**
 * The profile of an entry: the comma-separated statements between the name and the first
 * event ("род. 1884, Лифляндская губ. (…), Валкский уезд, усадьбы Стражас, латыш, б/п,
 * Кирижский лесохимкомбинат: начальник обследовательской партии").
 *
 * Books of Memory print them in a fixed order: birth, birthplace, nationality, party (and
 * education), then workplace and post. Each item is recognised by its vocabulary; items that
 * fit nowhere are kept as unparsed text, never assigned to a field by position alone, except
 * the birthplace (right after the birth date) and the closing work statement.
 */
import type { FieldValue, RecordFields } from '../../domain/record.ts';
import { normalizeDate } from '../../domain/dates.ts';
import { findDate } from './date-scan.ts';
import { educationKey } from './vocab/education.ts';
import { nationalityOf } from './vocab/nationalities.ts';
import { partyKey } from './vocab/party.ts';
import { splitItems, trimPiece, valueOf, type Piece } from './text-span.ts';

export interface ProfileResult {
  fields: RecordFields;
  unparsed: Piece[];
  warnings: string[];
  /** "female" when the birth verb says so ("родилась"). */
  sex?: FieldValue;
}

const BIRTH_RE = /^(?:род\.|родил(?:ся|ась)|р\.)/iu;
const YEAR_OF_BIRTH_RE = /^((?:ок\.\s*)?\d{4}\??)\s*(?:г\.\s*р\.?|гр\.|года\s+рождения)$/iu;
const BORN_FEMALE_RE = /^родилась/iu;
/** A birth date must follow the birth word closely ("род. в сентябре 1895"). */
const MAX_GAP_BEFORE_BIRTH_DATE = 3;
/** Statements that continue a party statement ("восстановлен в мае 1930 г."). */
const PARTY_CONTINUATION_RE = /^(?:восстановлен\S*|вновь\s|с\s+\d{4}|в\s+\d{4}|(?:бывш\S*|в\s+прошлом)\s+(?:\S+\s+)?(?:эсер|меньшевик|анархист|бундовец|кадет))/iu;
const RESTORED_RE = /^восстановлен/iu;
const FORMER_OTHER_PARTY = 'former-other-party';
const ORGANISATION_START_RE = /^[\p{Lu}\d"«]|^(?:авто)?завод|^фабрик|^трест|^артел|^комбинат|^институт|^управлени|^контор|^депо|^мастерск|^цех|^отдел|^школ|^больниц|^магазин|^склад|^предприяти/u;
const NATIVE_OF_RE = /^уроженец|^уроженка/iu;

type Kind = 'nationality' | 'party' | 'education' | 'native';

function classify(item: string): { kind: Kind; key?: string } | undefined {
  const nationality = nationalityOf(item);
  if (nationality) return nationality.key ? { kind: 'nationality', key: nationality.key } : { kind: 'nationality' };
  const party = partyKey(item);
  if (party) return { kind: 'party', key: party };
  const education = educationKey(item);
  if (education) return { kind: 'education', key: education };
  if (NATIVE_OF_RE.test(item)) return { kind: 'native' };
  return undefined;
}

/** Whitespace collapsed; most values have none to collapse, so test before replacing. */
const cleaned = (text: string): string => (/\s{2}|[\n\t\r\u00a0]/u.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim());

/** Reads the profile statements of `piece`. */
export function readProfile(text: string, piece: Piece): ProfileResult {
  const fields: RecordFields = {};
  const unparsed: Piece[] = [];
  const warnings: string[] = [];
  let sex: FieldValue | undefined;
  const items = splitItems(text, piece);
  let next = 0;
  let placeStart: number | undefined;

  const first = items[0];
  const yearOfBirth = first ? YEAR_OF_BIRTH_RE.exec(text.slice(first.start, first.end)) : null;
  if (first && yearOfBirth) {
    // "1898 г. р.", "1898 года рождения"
    next = 1;
    const date = normalizeDate(yearOfBirth[1]!);
    if (date) fields.birthDate = valueOf(text, first, date.edtf);
    else warnings.push(`birth date not read: ${text.slice(first.start, first.end)}`);
  } else if (first && BIRTH_RE.test(text.slice(first.start, first.end))) {
    next = 1;
    const word = BIRTH_RE.exec(text.slice(first.start, first.end))![0];
    if (BORN_FEMALE_RE.test(word)) sex = valueOf(text, { start: first.start, end: first.start + word.length }, 'female');
    const found = findDate(text, { start: first.start + word.length, end: first.end });
    const gap = found ? text.slice(first.start + word.length, found.piece.start).trim() : '';
    if (found && gap.length <= MAX_GAP_BEFORE_BIRTH_DATE) {
      fields.birthDate = valueOf(text, found.piece, found.date.edtf);
      const rest = trimPiece(text, { start: found.piece.end, end: first.end });
      if (rest.end > rest.start) placeStart = rest.start;
    } else {
      warnings.push(`birth date not read: ${text.slice(first.start, first.end)}`);
      const rest = trimPiece(text, { start: first.start + word.length, end: first.end });
      if (rest.end > rest.start) unparsed.push(rest);
    }
  }

  // Each item is classified once; birthplace: the items after the birth statement, up to the first classified one.
  const kinds = items.map((item) => classify(text.slice(item.start, item.end)));
  let i = next;
  while (i < items.length && !kinds[i]) i++;
  const placeItems = items.slice(next, i);
  if (placeStart === undefined && placeItems.length > 0 && next === 1) placeStart = placeItems[0]!.start;
  if (placeStart !== undefined && (next === 1 || placeItems.length > 0)) {
    const end = placeItems.length > 0 ? placeItems.at(-1)!.end : items[0]!.end;
    if (i < items.length) {
      const p = { start: placeStart, end };
      fields.birthPlace = valueOf(text, p, cleaned(text.slice(p.start, p.end)));
    } else {
      // Nothing classified after it: we cannot tell a place from a workplace.
      unparsed.push({ start: placeStart, end });
    }
  } else {
    for (const p of placeItems) unparsed.push(p);
  }

  // Classified statements, then the closing work statement.
  let lastClassified = i - 1;
  let lastParty: Piece | undefined;
  const pending: Piece[] = [];
  for (; i < items.length; i++) {
    const item = items[i]!;
    const itemText = text.slice(item.start, item.end);
    const c = kinds[i];
    if (!c && lastParty && lastClassified === i - 1 && PARTY_CONTINUATION_RE.test(itemText)) {
      lastParty = { start: lastParty.start, end: item.end };
      // "исключен … в 1927 г., восстановлен в мае 1930 г.": the later statement counts.
      const norm = RESTORED_RE.test(itemText) ? 'vkpb' : fields.party?.norm;
      fields.party = valueOf(text, lastParty, norm);
      lastClassified = i;
      continue;
    }
    if (!c) {
      pending.push(item);
      continue;
    }
    unparsed.push(...pending);
    pending.length = 0;
    const previous = lastClassified;
    lastClassified = i;
    if (c.kind === 'native') {
      if (!fields.birthPlace) fields.birthPlace = valueOf(text, item, cleaned(itemText));
      else unparsed.push(item);
    } else if (c.kind === 'party') {
      if (lastParty && previous === i - 1) {
        // "член КП Польши 1920-1923, член ВКП(б) с 1931": one statement; the later one counts,
        // except a past membership ("б/п, бывший эсер"), which does not change the present one.
        lastParty = { start: lastParty.start, end: item.end };
        const norm = c.key === FORMER_OTHER_PARTY ? fields.party?.norm : c.key;
        fields.party = valueOf(text, lastParty, norm);
      } else if (fields.party) unparsed.push(item);
      else {
        fields.party = valueOf(text, item, c.key);
        lastParty = item;
      }
    } else {
      const field = c.kind === 'nationality' ? 'nationality' : 'education';
      if (fields[field]) unparsed.push(item);
      else fields[field] = valueOf(text, item, c.key);
    }
  }
  if (pending.length > 0) readWork(text, pending, fields, unparsed);
  return sex ? { fields, unparsed, warnings, sex } : { fields, unparsed, warnings };
}

/**
 * "Кирижский лесохимкомбинат: начальник обследовательской партии" → workplace, post. When
 * the colon form is used, the workplace is the item holding the colon; items before it are
 * other statements ("бывший эсер, подпоручик в Белой армии") and stay unparsed.
 */
function readWork(text: string, items: readonly Piece[], fields: RecordFields, unparsed: Piece[]): void {
  const whole: Piece = { start: items[0]!.start, end: items.at(-1)!.end };
  for (let k = 0; k < items.length; k++) {
    const colon = colonAtDepthZero(text, items[k]!);
    if (colon < 0) continue;
    // "Московский ренгеновский завод, исследовательская лаборатория: инженер": the
    // workplace runs back over items that name an organisation (capitalised, a number or
    // a quote), not over statements like "бывший эсер".
    let from = k;
    while (from > 0 && ORGANISATION_START_RE.test(text.slice(items[from - 1]!.start, items[from - 1]!.end))) from--;
    unparsed.push(...items.slice(0, from));
    const place = trimPiece(text, { start: items[from]!.start, end: colon });
    const post = trimPiece(text, { start: colon + 1, end: whole.end });
    fields.workplace = valueOf(text, place, cleaned(text.slice(place.start, place.end)));
    if (post.end > post.start) fields.occupation = valueOf(text, post, cleaned(text.slice(post.start, post.end)));
    return;
  }
  fields.occupation = valueOf(text, whole, cleaned(text.slice(whole.start, whole.end)));
}

/** The first ": " outside parentheses and quotes, or -1. */
function colonAtDepthZero(text: string, p: Piece): number {
  let depth = 0;
  let quoted = false;
  for (let i = p.start; i < p.end - 1; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (c === '"') quoted = !quoted;
    else if (c === ':' && text[i + 1] === ' ' && depth === 0 && !quoted) return i;
  }
  return -1;
}
