/**
 * Reads a Latin-script name the way the Daitch–Mokotoff chart does: letters folded to ASCII (Ą,
 * Ę, Ţ kept), then the longest coded letter sequences, each with its one or two codings. Shared
 * by the encoder (./daitch-mokotoff.ts) and PostgreSQL's tree algorithm (./daitch-mokotoff-tree.ts).
 */
import { DM_CHART } from './daitch-mokotoff-chart.ts';

/** Length of a Daitch–Mokotoff code. */
export const DM_DIGITS = 6;

/** Codes for one letter sequence: [start of name, before a vowel, any other]; 'X' = not coded. */
export type Codes = readonly [string, string, string];
/** One or two alternative codings of a letter sequence. */
export type Coding = readonly Codes[];

interface TrieNode {
  coding?: Coding;
  /** Children by letter code: lower-case ASCII, or SPECIAL_CODES for Ą, Ę, Ţ. */
  next: (TrieNode | undefined)[];
}

/** Codes standing for the chart's non-ASCII letters (written a, e, t in the chart). */
const SPECIAL_CODES: Record<string, number> = { a: 1, e: 2, t: 3 };
/** Letter codes are below this (lower-case ASCII). */
const CODE_LIMIT = 128;

export const END: Coding = [['X', 'X', 'X']];

const trie: TrieNode = buildTrie();

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Array(CODE_LIMIT) };
  for (const line of DM_CHART.trim().split('\n')) {
    const [letters, codes] = line.trim().split(/\s+/) as [string, string];
    const coding = codes.split('|').map((alt) => alt.split(',') as unknown as Codes);
    for (const seq of letters.split(',')) {
      let node = root;
      for (const ch of seq) {
        const code = SPECIAL_CODES[ch] ?? ch.toLowerCase().charCodeAt(0);
        let child = node.next[code];
        if (!child) node.next[code] = child = { next: new Array(CODE_LIMIT) };
        node = child;
      }
      node.coding = coding;
    }
  }
  return root;
}

/** Letters outside A–Z that the chart codes (Ą, Ę, Ţ); other letters fold to ASCII. */
const CHART_SPECIALS: Record<string, number> = { ą: 1, Ą: 1, ę: 2, Ę: 2, ţ: 3, Ţ: 3, ț: 3, Ț: 3 };
const ASCII_FOLD: Record<string, string> = { ß: 's', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'a', Æ: 'a', đ: 'd', Đ: 'd' };

/** Letter codes of the name being encoded (reused between calls: encoding allocates little). */
let letterCodes = new Uint8Array(64);
let letterCount = 0;

/** Fills letterCodes with the letters of `text` as the chart reads them. */
function readLetters(text: string): void {
  if (letterCodes.length < text.length * 2) letterCodes = new Uint8Array(text.length * 2);
  letterCount = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) letterCodes[letterCount++] = code;
    else if (code >= 65 && code <= 90) letterCodes[letterCount++] = code + 32;
    else if (code >= 128) {
      const ch = text[i]!;
      const special = CHART_SPECIALS[ch];
      if (special !== undefined) {
        letterCodes[letterCount++] = special;
        continue;
      }
      const folded = (ASCII_FOLD[ch] ?? ch.normalize('NFD')[0]!.toLowerCase()).charCodeAt(0);
      if (folded >= 97 && folded <= 122) letterCodes[letterCount++] = folded;
    }
  }
}


/** Where the sequence found by the last readSequence call ends (saves allocating a pair). */
let sequenceEnd = 0;

/** Reads the longest coded letter sequence at `pos` (its end goes to sequenceEnd). */
function readSequence(pos: number): Coding | undefined {
  let node = trie.next[letterCodes[pos]!];
  if (!node) return undefined;
  let coding = node.coding!;
  let end = pos + 1;
  for (let i = pos + 1; i < letterCount; i++) {
    const child: TrieNode | undefined = node.next[letterCodes[i]!];
    if (!child) break;
    node = child;
    if (node.coding) {
      coding = node.coding;
      end = i + 1;
    }
  }
  sequenceEnd = end;
  return coding;
}
/** The codings of the letter sequences of `latin`, in order (empty when nothing is codable). */
export function readCodings(latin: string): Coding[] {
  readLetters(latin);
  const sequences: Coding[] = [];
  for (let pos = 0; pos < letterCount; ) {
    const coding = readSequence(pos);
    if (!coding) {
      pos++;
      continue;
    }
    sequences.push(coding);
    pos = sequenceEnd;
  }
  return sequences;
}
