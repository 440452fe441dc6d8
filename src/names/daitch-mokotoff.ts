/**
 * Daitch–Mokotoff Soundex: the set of 6-digit codes of a Latin-script name.
 *
 * Follows PostgreSQL's fuzzystrmatch `daitch_mokotoff` (the coding chart of jewishgen.org, with the
 * unofficial "UE" rule every implementation uses) where it and Apache Commons Codec disagree:
 * "J" and "Y" may be a vowel or a consonant, and both readings are coded, so the set of codes is a
 * superset of Commons Codec's on names with those letters. Codes are compared as sets. Where
 * PostgreSQL's code tree loses a branch (see encodeBranches), the branch is kept, as in Commons.
 *
 * Most names have no letter with two codings and get one code, built left to right; the others
 * follow each branch (CH = 5 or 4, J = vowel or 4, …). Tested against PostgreSQL's own algorithm
 * (./daitch-mokotoff-tree.ts) and its published vectors.
 */
import { DM_DIGITS, END, readCodings, type Coding } from './daitch-mokotoff-reader.ts';

export { daitchMokotoffByTree } from './daitch-mokotoff-tree.ts';

/** The Daitch–Mokotoff codes of a Latin-script name (empty when it has no codable letter). */
export function daitchMokotoff(latin: string): string[] {
  const sequences = readCodings(latin);
  if (sequences.length === 0) return [];
  return sequences.every((coding) => coding.length === 1) ? [encodeSingle(sequences)] : encodeBranches(sequences);
}

/**
 * The common case, where no letter has two codings: one code, built left to right. Same rules as
 * the tree (a digit equal to the previous letter's is not repeated; an uncoded letter resets).
 */
function encodeSingle(sequences: readonly Coding[]): string {
  let code = '';
  let previous = '';
  for (let i = 0; i < sequences.length && code.length < DM_DIGITS; i++) {
    const next = sequences[i + 1];
    const index = i === 0 ? 0 : next !== undefined && next[0]![0][0]! <= '1' ? 1 : 2;
    const digits = sequences[i]![0]![index]!;
    const first = digits[0]!;
    if (first === 'X') previous = 'X';
    else {
      if (first !== previous) code += first;
      previous = first;
      if (digits.length > 1) {
        code += digits[1]!;
        previous = digits[1]!;
      }
    }
  }
  return code.slice(0, DM_DIGITS).padEnd(DM_DIGITS, '0');
}

/**
 * Letters with two codings, without the tree: every branch is followed on its own and equal
 * branches are merged by (code, last digit, vowel assumption). The tree merges branches by code
 * prefix, and an intermediate node's state left by one branch can then block another (PostgreSQL
 * drops 054940 from "axrsarz"; Commons Codec keeps it, as this does). A property test checks that
 * this gives every code the tree gives; it needs no map of nodes and allocates little.
 */
function encodeBranches(sequences: readonly Coding[]): string[] {
  const done = new Set<string>();
  // Parallel arrays of the live branches: code so far, last digit ('' at start, 'X' uncoded), vowel assumption.
  let codes: string[] = [''];
  let lasts: string[] = [''];
  let indexes: number[] = [0];
  for (let i = 0; i < sequences.length && codes.length > 0; i++) {
    const coding = sequences[i]!;
    const nextCoding = sequences[i + 1] ?? END;
    const nextCodes: string[] = [];
    const nextLasts: string[] = [];
    const nextIndexes: number[] = [];
    for (let b = 0; b < codes.length; b++) {
      for (const alt of coding) {
        const sound = alt[0][0]! > '1' ? 2 : 1;
        if (indexes[b] !== 0 && indexes[b] !== sound) continue; // the previous letter assumed the other reading
        for (const next of nextCoding) {
          const index = i === 0 ? 0 : next[0][0]! <= '1' ? 1 : 2;
          const digits = alt[index]!;
          let code = codes[b]!;
          let last = lasts[b]!;
          let complete = false;
          for (let d = 0; d < digits.length; d++) {
            const digit = digits[d]!;
            if (digit === 'X') last = 'X';
            else {
              if (d > 0 || digit !== last) code += digit;
              last = digit;
              if (code.length === DM_DIGITS) {
                complete = true;
                break;
              }
            }
          }
          if (complete) {
            done.add(code);
            continue;
          }
          if (isLive(nextCodes, nextLasts, nextIndexes, code, last, index)) continue;
          nextCodes.push(code);
          nextLasts.push(last);
          nextIndexes.push(index);
        }
      }
    }
    codes = nextCodes;
    lasts = nextLasts;
    indexes = nextIndexes;
  }
  for (const code of codes) done.add(code.padEnd(DM_DIGITS, '0'));
  return [...done];
}

/** True when the branch (code, last digit, index) is already among the live ones (a handful: a scan beats hashing). */
function isLive(codes: readonly string[], lasts: readonly string[], indexes: readonly number[], code: string, last: string, index: number): boolean {
  for (let i = 0; i < codes.length; i++) if (codes[i] === code && lasts[i] === last && indexes[i] === index) return true;
  return false;
}
