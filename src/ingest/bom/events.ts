/**
 * The statements after the profile, each opened by its marker word: "Адрес:", "Арестован",
 * "Приговорен:", "Приговор:", "Рассстрелян", "Умер", "Место захоронения:", "Реабилитирован",
 * "Источник:". Markers are found in the text; each statement runs to the next marker.
 * The sources' typos ("Рассстрелян") are matched, never corrected: values keep the text.
 */
import type { FieldValue, RecordFields } from '../../domain/record.ts';
import { findDate } from './date-scan.ts';
import { bodyKey } from './vocab/bodies.ts';
import { chargeKeys } from './vocab/charges.ts';
import { operationIn } from './vocab/operations.ts';
import { sentenceNorm } from './vocab/sentences.ts';
import { siteKey } from './vocab/sites.ts';
import { firstSentenceEnd, trimPiece, trimSentence, valueOf, type Piece } from './text-span.ts';

export type EventKind =
  | 'address' | 'executed' | 'died' | 'burial' | 'arrested' | 'sentenced' | 'verdict' | 'revised' | 'rehabilitated' | 'source';

const MARKER_SOURCES: readonly (readonly [EventKind, string])[] = [
  ['address', 'Адрес:'],
  ['executed', 'Ра[сc]+тр[еe]л[яе]н(?:а|ы|о)?'],
  ['died', 'Умер(?:ла)?|Погиб(?:ла)?|Скончал(?:ся|ась)'],
  ['burial', 'Место\\s+захоронения:?|Похоронен(?:а|ы)?'],
  ['arrested', 'Арестован(?:а|ы)?:?|Арест:'],
  ['sentenced', 'Приговорен(?:а|ы)?:?|Осужден(?:а|ы)?:?'],
  ['verdict', 'Приговор:'],
  ['revised', 'Определением|Постановлением|Решением'],
  ['rehabilitated', 'Реабилитирован(?:а|ы)?:?'],
  ['source', 'Источник:|Источники:'],
];
// One capture group per kind, in the order of MARKER_SOURCES; what precedes a marker is checked
// by hand (a lookbehind at every position is slow).
const MARKER_RE = new RegExp(`${MARKER_SOURCES.map(([, s]) => `(${s})`).join('|')}(?![\\p{L}])`, 'gu');

/** A marker starts the text or follows a space or a separator. */
function startsStatement(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text[i - 1];
  return c === ' ' || c === '.' || c === ';' || c === ',' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

export interface Marker {
  kind: EventKind;
  /** The marker word itself (its ending tells the sex: "Рассстреляна"). */
  word: Piece;
  /** The statement after the marker word, up to the next marker. */
  body: Piece;
}

/** The event statements of a piece, in order. */
export function findMarkers(text: string, p: Piece): Marker[] {
  const markers: Marker[] = [];
  MARKER_RE.lastIndex = p.start;
  for (let m = MARKER_RE.exec(text); m && m.index < p.end; m = MARKER_RE.exec(text)) {
    if (!startsStatement(text, m.index)) {
      MARKER_RE.lastIndex = m.index + 1;
      continue;
    }
    let index = 0;
    while (m[index + 1] === undefined) index++;
    const word = { start: m.index, end: m.index + m[0].length };
    markers.push({ kind: MARKER_SOURCES[index]![0], word, body: { start: word.end, end: p.end } });
  }
  for (let i = 0; i + 1 < markers.length; i++) markers[i]!.body.end = markers[i + 1]!.word.start;
  return markers;
}

export interface EventResult {
  fields: RecordFields;
  unparsed: Piece[];
  warnings: string[];
  /** Every sentence in order (first, then revisions), normalised. */
  sentences: string[];
  source?: FieldValue;
  /** Sex from a feminine verb form ("Рассстреляна"), the surest sign. */
  sex?: FieldValue;
  /** A masculine verb form ("Рассстрелян"): used when the name gives no sex. */
  maleVerb?: FieldValue;
}

/** Dates follow their marker closely ("Рассстрелян 17.05.1938", "Реабилитирован в 1958 г."). */
const MAX_GAP_BEFORE_EVENT_DATE = 4;
const FEMALE_MARKER_RE = /(?:на|ла|лась|ась)$/u;
/** Masculine past forms: "Рассстрелян", "Умер", "Погиб", "Скончался" (plural "-ны" is neither). */
const MALE_MARKER_RE = /(?:[^ы]н|ер|иб|лся)$/u;
/** Whitespace collapsed; most values have none to collapse, so test before replacing. */
const cleaned = (text: string): string => (/\s{2}|[\n\t\r\u00a0]/u.test(text) ? text.replace(/\s+/gu, ' ').trim() : text.trim());

/** Reads every marker's statement into fields. */
export function readEvents(text: string, markers: readonly Marker[]): EventResult {
  const r: EventResult = { fields: {}, unparsed: [], warnings: [], sentences: [] };
  for (const marker of markers) {
    const end = firstSentenceEnd(text, marker.body);
    const body = trimSentence(text, { start: marker.body.start, end });
    const rest = trimPiece(text, { start: end, end: marker.body.end });
    if (rest.end > rest.start) r.unparsed.push(rest);
    readEvent(text, marker, body, r);
  }
  return r;
}

/** Sets a field; a second value for it stays in `unparsed` (never dropped, never overwriting). */
function setOnce(r: EventResult, field: keyof RecordFields, value: FieldValue): void {
  if (!r.fields[field]) {
    r.fields[field] = value;
    return;
  }
  r.warnings.push(`second ${field} kept as text: ${value.text}`);
  if (value.span) r.unparsed.push({ start: value.span[0], end: value.span[1] });
}

function readEvent(text: string, marker: Marker, body: Piece, r: EventResult): void {
  const markerText = text.slice(marker.word.start, marker.word.end).replace(/:$/u, '');
  if (['executed', 'died', 'arrested', 'sentenced', 'rehabilitated'].includes(marker.kind)) {
    if (FEMALE_MARKER_RE.test(markerText)) r.sex ??= valueOf(text, marker.word, 'female');
    else if (MALE_MARKER_RE.test(markerText)) r.maleVerb ??= valueOf(text, marker.word, 'male');
  }
  const bodyText = text.slice(body.start, body.end);
  switch (marker.kind) {
    case 'address':
      if (body.end > body.start) setOnce(r, 'residence', valueOf(text, body, cleaned(bodyText)));
      return;
    case 'burial':
      if (body.end > body.start) setOnce(r, 'burialPlace', valueOf(text, body, siteKey(bodyText)));
      return;
    case 'source':
      if (body.end <= body.start) return;
      if (r.source) r.unparsed.push(body);
      else r.source = valueOf(text, body, cleaned(bodyText));
      return;
    case 'executed':
    case 'died':
      return readDeath(text, marker, body, r);
    case 'arrested':
      return readDatedBody(text, body, r, 'arrestDate', 'arrestingBody');
    case 'rehabilitated':
      return readDatedBody(text, body, r, 'rehabilitationDate', 'rehabilitationBody');
    case 'sentenced':
      return readVerdict(text, body, r);
    case 'verdict': {
      if (body.end <= body.start) return;
      const norm = sentenceNorm(bodyText);
      setOnce(r, 'sentence', valueOf(text, body, norm));
      if (norm) r.sentences.push(norm);
      return;
    }
    case 'revised': {
      // "Определением Военной коллегии ВС СССР от 17 октября 1939 г. мера снижена до 10 лет."
      const whole = { start: marker.word.start, end: body.end };
      const found = findDate(text, body);
      const after = found ? text.slice(found.piece.end, body.end) : bodyText;
      const norm = sentenceNorm(after);
      if (norm) r.sentences.push(norm);
      // Revisions printed one after another form one note; one printed elsewhere stays as text.
      const notes = r.fields.notes;
      if (!notes?.span) r.fields.notes = valueOf(text, whole);
      else if (text.slice(notes.span[1], whole.start).trim().replace(/^\.$/u, '') === '') {
        r.fields.notes = valueOf(text, { start: notes.span[0], end: whole.end });
      } else r.unparsed.push(whole);
      if (!norm) r.warnings.push(`sentence revision not read: ${text.slice(whole.start, whole.end)}`);
      return;
    }
  }
}

/** "Рассстрелян 17.05.1938", "Расстреляна 2 октября 1937 г. в г. Москве", "Умер в 1942 г. в лагере". */
function readDeath(text: string, marker: Marker, body: Piece, r: EventResult): void {
  const dateField = marker.kind === 'executed' ? 'executionDate' : 'deathDate';
  const found = findDate(text, body);
  if (!found || found.piece.start - body.start > MAX_GAP_BEFORE_EVENT_DATE) {
    r.warnings.push(`${dateField} not read: ${text.slice(marker.word.start, body.end)}`);
    if (body.end > body.start) r.unparsed.push(body);
    return;
  }
  setOnce(r, dateField, valueOf(text, found.piece, found.date.edtf));
  const place = trimPiece(text, { start: found.piece.end, end: body.end });
  if (place.end > place.start) {
    const placeText = text.slice(place.start, place.end);
    if (/^(?:в|во|на|под)\s/u.test(placeText)) setOnce(r, 'deathPlace', valueOf(text, place, siteKey(placeText)));
    else r.unparsed.push(place);
  }
}

/** A date right after "от" is the date of a document ("по Закону от 18 октября 1991 г."). */
const DOCUMENT_DATE_RE = /(?:^|\s)(?:от|№\s*\S+|указ\S*|закон\S*)\s*$/iu;

/**
 * "12 ноября 1938 г. Бабаевским РО УНКВД ВО" (date, then the body that acted),
 * "Охотским МК ПП ОГПУ по ДВК 9 апреля 1933 г." (body, then date), "ГУВД Ростовской обл"
 * (body alone).
 */
function readDatedBody(text: string, body: Piece, r: EventResult, dateField: 'arrestDate' | 'rehabilitationDate', bodyField: 'arrestingBody' | 'rehabilitationBody'): void {
  const found = findDate(text, body);
  const before = found ? text.slice(body.start, found.piece.start) : '';
  let who: Piece | undefined;
  if (found && found.piece.start - body.start <= MAX_GAP_BEFORE_EVENT_DATE) {
    setOnce(r, dateField, valueOf(text, found.piece, found.date.edtf));
    who = trimPiece(text, { start: found.piece.end, end: body.end });
  } else if (found && !DOCUMENT_DATE_RE.test(before) && bodyKey(before)) {
    setOnce(r, dateField, valueOf(text, found.piece, found.date.edtf));
    who = trimPiece(text, { start: body.start, end: found.piece.start });
    const rest = trimPiece(text, { start: found.piece.end, end: body.end });
    if (rest.end > rest.start) r.unparsed.push(rest);
  } else if (bodyKey(text.slice(body.start, body.end))) {
    // No date of its own: the statement names only the body (or the law) that acted.
    who = body;
  } else {
    if (body.end > body.start) r.unparsed.push(body);
    r.warnings.push(`${dateField} not read: ${text.slice(body.start, body.end)}`);
    return;
  }
  if (who.end <= who.start) return;
  // "27 декабря 2001 г. реабилитирован": the verb again, no body.
  if (/^реабилитирован\S*\.?$/iu.test(text.slice(who.start, who.end))) {
    r.unparsed.push(who);
    return;
  }
  // A second date after the body means more than one event in one statement: keep it as text.
  if (hasEventDate(text, who)) r.unparsed.push(who);
  else setOnce(r, bodyField, valueOf(text, who, bodyKey(text.slice(who.start, who.end))));
}

/** True when the piece holds a date that is not the date of a document ("Указ … от 16.01.1989"). */
function hasEventDate(text: string, p: Piece): boolean {
  for (let found = findDate(text, p); found; found = findDate(text, { start: found.piece.end, end: p.end })) {
    if (!DOCUMENT_DATE_RE.test(text.slice(p.start, found.piece.start))) return true;
  }
  return false;
}

const SENTENCE_AFTER_BODY_RE = /\sк\s+(?=\d|ВМН|высш|расстрел|лишени|ссылк|высылк|заключ)/u;

const CHARGE_MARK_RE = /,?\s*(?:обв\.:?|обвинение:|по\s+ст\.)/u;

/** "Корякский окрсуд 8 апреля 1939 г., обв.: по ст. 58-2-8-9-10-11 УК РСФСР". */
function readVerdict(text: string, body: Piece, r: EventResult): void {
  const bodyText = text.slice(body.start, body.end);
  const mark = CHARGE_MARK_RE.exec(bodyText);
  const head: Piece = { start: body.start, end: mark ? body.start + mark.index : body.end };
  if (mark) {
    const chargeStart = mark[0].includes('по') ? body.start + mark.index + mark[0].indexOf('по') : body.start + mark.index + mark[0].length;
    const charge = trimSentence(text, { start: chargeStart, end: body.end });
    if (charge.end > charge.start) {
      const chargeText = text.slice(charge.start, charge.end);
      const keys = chargeKeys(chargeText);
      setOnce(r, 'charge', valueOf(text, charge, keys.length > 0 ? keys.join(',') : undefined));
      // "в рамках приказа 00447": the operation; its words stay inside the charge's span too.
      const operation = operationIn(chargeText);
      if (operation) setOnce(r, 'operation', valueOf(text, { start: charge.start + operation.start, end: charge.start + operation.end }, operation.key));
    }
  }
  const found = findDate(text, head);
  if (found) setOnce(r, 'sentenceDate', valueOf(text, found.piece, found.date.edtf));
  // The body is named before the date ("Корякский окрсуд 8 апреля 1939 г.") or after it.
  const before = trimPiece(text, { start: head.start, end: found ? found.piece.start : head.end });
  const after = found ? trimPiece(text, { start: found.piece.end, end: head.end }) : { start: head.end, end: head.end };
  let who = before.end > before.start ? before : after;
  // "тройкой при УНКВД … к 10 годам ИТЛ": the sentence follows the body.
  const toSentence = SENTENCE_AFTER_BODY_RE.exec(text.slice(who.start, who.end));
  if (toSentence && toSentence.index > 0) {
    const part = trimSentence(text, { start: who.start + toSentence.index + 1, end: who.end });
    const sentence = sentenceNorm(text.slice(part.start, part.end));
    if (sentence) {
      setOnce(r, 'sentence', valueOf(text, part, sentence));
      r.sentences.push(sentence);
      who = trimPiece(text, { start: who.start, end: who.start + toSentence.index });
    }
  }
  if (who.end > who.start) {
    const whoText = text.slice(who.start, who.end);
    const sentence = /^к\s/u.test(whoText) ? sentenceNorm(whoText) : undefined;
    if (sentence) {
      setOnce(r, 'sentence', valueOf(text, who, sentence));
      r.sentences.push(sentence);
    } else setOnce(r, 'sentencingBody', valueOf(text, who, bodyKey(whoText)));
  }
  if (before.end > before.start && after.end > after.start) r.unparsed.push(after);
}

/**
 * Reads one statement printed on its own, without its marker word, as the memo-strings and
 * many spreadsheets give them: a sentencing statement ("тройкой УНКВД КК 12 ноября 1937 г.,
 * обв.: КРА."), an arrest, a rehabilitation, an execution date.
 */
export function readStatement(kind: EventKind, text: string): EventResult {
  const r: EventResult = { fields: {}, unparsed: [], warnings: [], sentences: [] };
  const body = trimSentence(text, { start: 0, end: text.length });
  readEvent(text, { kind, word: { start: 0, end: 0 }, body }, body, r);
  return r;
}
