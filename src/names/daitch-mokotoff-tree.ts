/**
 * PostgreSQL fuzzystrmatch's Daitch–Mokotoff algorithm, ported as written: the codes grow in a tree
 * whose nodes are shared by code prefix (daitch_mokotoff.c: update_node, update_leaves). Kept as
 * the reference the faster encoder in ./daitch-mokotoff.ts is tested against.
 */
import { DM_DIGITS, END, readCodings, type Coding } from './daitch-mokotoff-reader.ts';

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

/** The Daitch–Mokotoff codes of `latin` exactly as PostgreSQL computes them. */
export function daitchMokotoffByTree(latin: string): string[] {
  const sequences: Coding[] = readCodings(latin);
  if (sequences.length === 0) return [];
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
