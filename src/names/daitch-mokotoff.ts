/**
 * Daitch–Mokotoff Soundex: the set of 6-digit codes of a Latin-script name.
 *
 * Follows PostgreSQL's fuzzystrmatch `daitch_mokotoff` (the coding chart of jewishgen.org, with the
 * unofficial "UE" rule every implementation uses) where it and Apache Commons Codec disagree:
 * "J" and "Y" may be a vowel or a consonant, and both readings are coded, so the set of codes is a
 * superset of Commons Codec's on names with those letters. Codes are compared as sets.
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
  next: Map<string, TrieNode>;
}

const END: Coding = [['X', 'X', 'X']];

const trie: TrieNode = buildTrie();

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const line of DM_CHART.trim().split('\n')) {
    const [letters, codes] = line.trim().split(/\s+/) as [string, string];
    const coding = codes.split('|').map((alt) => alt.split(',') as unknown as Codes);
    for (const seq of letters.split(',')) {
      let node = root;
      for (const ch of seq) {
        let child = node.next.get(ch);
        if (!child) node.next.set(ch, (child = { next: new Map() }));
        node = child;
      }
      node.coding = coding;
    }
  }
  return root;
}

/** Letters outside A–Z that the chart codes (Ą, Ę, Ţ) keep their identity; others fold to ASCII. */
const CHART_SPECIALS: Record<string, string> = { ą: 'a', Ą: 'a', ę: 'e', Ę: 'e', ţ: 't', Ţ: 't', ț: 't', Ț: 't' };
const ASCII_FOLD: Record<string, string> = { ß: 'S', ł: 'L', Ł: 'L', ø: 'O', Ø: 'O', æ: 'A', Æ: 'A', đ: 'D', Đ: 'D' };

/** The letters of a name as the chart reads them: upper-case A–Z plus the specials a, e, t. */
function chartLetters(text: string): string {
  if (/^[a-z]*$/.test(text)) return text.toUpperCase(); // the usual input: a normalised romanisation
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) out += String.fromCharCode(code - 32);
    else if (code >= 65 && code <= 90) out += text[i]!;
    else if (code >= 128) {
      const ch = text[i]!;
      const special = CHART_SPECIALS[ch];
      if (special) {
        out += special;
        continue;
      }
      const folded = ASCII_FOLD[ch] ?? ch.normalize('NFD')[0]!.toUpperCase();
      if (folded >= 'A' && folded <= 'Z') out += folded;
    }
  }
  return out;
}

/** Where the sequence found by the last readSequence call ends (saves allocating a pair). */
let sequenceEnd = 0;

/** Reads the longest coded letter sequence at `pos` (its end goes to sequenceEnd). */
function readSequence(letters: string, pos: number): Coding | undefined {
  let node = trie.next.get(letters[pos]!);
  if (!node) return undefined;
  let coding = node.coding!;
  let end = pos + 1;
  for (let i = pos + 1; i < letters.length; i++) {
    const child: TrieNode | undefined = node.next.get(letters[i]!);
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
  const letters = chartLetters(latin);
  const sequences: Coding[] = [];
  for (let pos = 0; pos < letters.length; ) {
    const coding = readSequence(letters, pos);
    if (!coding) {
      pos++;
      continue;
    }
    sequences.push(coding);
    pos = sequenceEnd;
  }
  if (sequences.length === 0) return [];
  if (shortcut && sequences.every((coding) => coding.length === 1)) return [encodeSingle(sequences)];

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
