/**
 * Daitch–Mokotoff Soundex: the set of 6-digit codes of a Latin-script name.
 *
 * Follows PostgreSQL's fuzzystrmatch `daitch_mokotoff` (the coding chart of jewishgen.org, with the
 * unofficial "UE" rule every implementation uses) where it and Apache Commons Codec disagree:
 * "J" and "Y" may be a vowel or a consonant, and both readings are coded, so the set of codes is a
 * superset of Commons Codec's on names with those letters. Codes are compared as sets. Where
 * PostgreSQL's code tree loses a branch (see encodeBranches), the branch is kept, as in Commons.
 *
 * The coding chart is compiled once into a trie; branches (letters with two codings, such as CH
 * = 5 or 4) are kept as a map from code prefix to node, which merges identical prefixes exactly
 * like PostgreSQL's code tree does.
 */
import { DM_CHART } from './daitch-mokotoff-chart.ts';

/** Length of a Daitch–Mokotoff code. */
const DM_DIGITS = 6;

/** Codes for one letter sequence: [start of name, before a vowel, any other]; 'X' = not coded. */
type Codes = readonly [string, string, string];
/** One or two alternative codings of a letter sequence. */
type Coding = readonly Codes[];

interface TrieNode {
  coding?: Coding;
  /** Children by letter code: lower-case ASCII, or SPECIAL_CODES for Ą, Ę, Ţ. */
  next: (TrieNode | undefined)[];
}

/** Codes standing for the chart's non-ASCII letters (written a, e, t in the chart). */
const SPECIAL_CODES: Record<string, number> = { a: 1, e: 2, t: 3 };
/** Letter codes are below this (lower-case ASCII). */
const CODE_LIMIT = 128;

const END: Coding = [['X', 'X', 'X']];

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

interface CodeNode {
  code: string;
  /** Digits ('X' for not coded) that led to this node at the previous letter. */
  prevDigits: string[];
  nextDigits: string[];
  /** Bitmask: 1 = previous letter was coded assuming this one is a vowel, 2 = a consonant. */
  prevIndex: number;
  nextIndex: number;
  lastUpdate: number;
  /** The letter number at which this node was last put on the leaf list. */
  leafAt: number;
}

/** The state of one encoding: every node by code prefix, completed codes, the next leaves. */
interface Run {
  nodes: Map<string, CodeNode>;
  done: Set<string>;
  nextLeaves: CodeNode[];
}

// Functions below are module-level on purpose: nested functions are re-created (and, under tsx,
// re-named with Object.defineProperty) on every call, which made encoding ten times slower.

function newNode(code: string): CodeNode {
  return { code, prevDigits: [], nextDigits: [], prevIndex: 0, nextIndex: 0, lastUpdate: -1, leafAt: -1 };
}

function initialise(node: CodeNode, letter: number): void {
  if (node.lastUpdate < letter) {
    node.prevDigits = node.nextDigits;
    node.nextDigits = [];
    node.prevIndex = node.nextIndex;
    node.nextIndex = 0;
    node.lastUpdate = letter;
  }
}

function childFor(run: Run, parent: CodeNode, digit: string): CodeNode | undefined {
  const code = parent.code + digit;
  let node = run.nodes.get(code);
  if (node) return code.length < DM_DIGITS ? node : undefined;
  node = newNode(code);
  run.nodes.set(code, node);
  if (code.length < DM_DIGITS) return node;
  run.done.add(code);
  return undefined;
}

/** Adds the code digit(s) of one letter reading to `node` (PostgreSQL's update_node). */
function update(run: Run, node: CodeNode, letter: number, sound: number, index: number, digits: string, digitNo: number): void {
  initialise(node, letter);
  if (node.prevIndex !== 0 && (node.prevIndex & sound) === 0) return;
  const digit = digits[digitNo]!;
  const same = digit === 'X' || (digitNo === 0 && node.prevDigits.includes(digit));
  let child: CodeNode | undefined;
  if (digit !== 'X' && (digitNo > 0 || node.prevDigits[0] !== digit || node.prevDigits.length > 1)) {
    child = childFor(run, node, digit);
    if (child) initialise(child, letter);
  }
  if (same) advance(run, node, letter, sound, index, digits, digitNo);
  if (child) advance(run, child, letter, sound, index, digits, digitNo);
}

function advance(run: Run, node: CodeNode, letter: number, sound: number, index: number, digits: string, digitNo: number): void {
  const digit = digits[digitNo]!;
  node.nextIndex |= index;
  if (!node.nextDigits.includes(digit)) node.nextDigits.push(digit);
  if (digitNo + 1 < digits.length) update(run, node, letter, sound, index, digits, digitNo + 1);
  else if (node.leafAt !== letter) {
    node.leafAt = letter;
    run.nextLeaves.push(node);
  }
}

/** The Daitch–Mokotoff codes of a Latin-script name (empty when it has no codable letter). */
export function daitchMokotoff(latin: string): string[] {
  return encode(latin, true);
}

/** The same codes, always through the code tree (tests check the single-code shortcut against it). */
export function daitchMokotoffByTree(latin: string): string[] {
  return encode(latin, false);
}

function encode(latin: string, shortcut: boolean): string[] {
  readLetters(latin);
  const sequences: Coding[] = [];
  let single = true;
  for (let pos = 0; pos < letterCount; ) {
    const coding = readSequence(pos);
    if (!coding) {
      pos++;
      continue;
    }
    sequences.push(coding);
    if (coding.length > 1) single = false;
    pos = sequenceEnd;
  }
  if (sequences.length === 0) return [];
  if (shortcut) return single ? [encodeSingle(sequences)] : encodeBranches(sequences);

  const root = newNode('');
  const run: Run = { nodes: new Map([['', root]]), done: new Set(), nextLeaves: [] };
  let leaves: CodeNode[] = [root];
  for (let letterNo = 0; letterNo < sequences.length && leaves.length > 0; letterNo++) {
    const coding = sequences[letterNo]!;
    const nextCoding = sequences[letterNo + 1] ?? END;
    run.nextLeaves = [];
    for (const leaf of leaves) {
      for (const codes of coding) {
        // Whether this reading of the letter is a vowel (codes 0/1 at start) or a consonant.
        const sound = codes[0][0]! > '1' ? 2 : 1;
        for (const next of nextCoding) {
          const index = letterNo === 0 ? 0 : next[0][0]! <= '1' ? 1 : 2;
          update(run, leaf, letterNo, sound, index, codes[index]!, 0);
        }
      }
    }
    leaves = run.nextLeaves;
  }
  for (const leaf of leaves) run.done.add(leaf.code.padEnd(DM_DIGITS, '0'));
  return [...run.done];
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
    const seen = new Set<string>();
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
          const key = `${code}|${last}|${index}`;
          if (seen.has(key)) continue;
          seen.add(key);
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
