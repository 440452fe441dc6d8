/**
 * A full name as one string → its parts. Records in the sources write the surname first
 * ("Ежов Николай Иванович", "Ежов, Н. И."); Western texts often put it last ("Nikolai Yezhov"),
 * which the caller says with `givenFirst`.
 */
import type { PersonName } from './compare.ts';
import { patronymicToGivenName } from './patronymic.ts';

/** Splits initials written together ("Н.И.") and words; keeps a trailing full stop on initials. */
function words(text: string): string[] {
  return text
    .replace(/\.(?=\S)/g, '. ')
    .split(/[\s,]+/)
    .filter((w) => w.length > 0);
}

/** A parsed name, with any names the source gives in parentheses ("Рахмиль (Инфлянд) Михаил"). */
export interface ParsedPersonName extends PersonName {
  alsoKnownAs?: string[];
}

/** Parses "Surname Given Patronymic" (or "Given Patronymic Surname" when givenFirst). */
export function parsePersonName(input: string, options: { givenFirst?: boolean } = {}): ParsedPersonName {
  const aliases = [...input.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim()).filter((a) => a.length > 0);
  const text = input.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const name = parseParts(text, options);
  if (aliases.length > 0) name.alsoKnownAs = aliases;
  return name;
}

function parseParts(text: string, options: { givenFirst?: boolean }): ParsedPersonName {
  const comma = text.indexOf(',');
  let surname: string | undefined;
  let rest: string[];
  if (comma >= 0) {
    surname = text.slice(0, comma).trim();
    rest = words(text.slice(comma + 1));
  } else {
    const all = words(text);
    if (all.length === 0) return {};
    if (options.givenFirst) {
      surname = all.length > 1 ? all.pop() : undefined;
      rest = all;
    } else {
      surname = all.shift();
      rest = all;
    }
  }
  const name: ParsedPersonName = {};
  if (surname) name.surname = surname;
  const [given, second, ...more] = rest;
  if (given) name.givenName = given;
  if (second) {
    // A second word is a patronymic when it looks like one or is an initial ("Н. И."); else part of a double given name.
    if (patronymicToGivenName(second) !== undefined || /^\p{L}\.$/u.test(second) || rest.length === 2) name.patronymic = [second, ...more].join(' ');
    else name.givenName = [given, second, ...more].join(' ');
  }
  return name;
}
