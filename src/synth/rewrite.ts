/**
 * Rule-based respelling: an ordered table of letter groups and their replacements, applied
 * left to right, longest group first. Used to write a name the way a clerk of another
 * language would (Kowalski → Ковальский, Ежов → Jeżow). Word-final rules use a `$` suffix.
 */

export type RewriteRules = readonly (readonly [from: string, to: string])[];

/** Distinct names kept per rewriter: typos make millions of distinct strings; bound memory. */
const CACHE_LIMIT = 100_000;

export interface Rewriter {
  (word: string): string;
}

/** Compiles rules into a function that respells one word or several separated by spaces/hyphens. */
export function compileRules(rules: RewriteRules): Rewriter {
  const finals = new Map<string, string>();
  const anywhere = new Map<string, string>();
  for (const [from, to] of rules) {
    if (from.endsWith('$')) finals.set(from.slice(0, -1), to);
    else anywhere.set(from, to);
  }
  const longest = Math.max(1, ...[...anywhere.keys(), ...finals.keys()].map((k) => k.length));
  const cache = new Map<string, string>();

  const rewriteWord = (word: string): string => {
    const lower = word.toLowerCase();
    let out = '';
    let i = 0;
    while (i < lower.length) {
      let matched = false;
      for (let len = Math.min(longest, lower.length - i); len >= 1; len--) {
        const piece = lower.slice(i, i + len);
        const atEnd = i + len === lower.length;
        const replacement = (atEnd ? finals.get(piece) : undefined) ?? anywhere.get(piece);
        if (replacement !== undefined) {
          out += replacement;
          i += len;
          matched = true;
          break;
        }
      }
      if (!matched) {
        out += lower[i];
        i += 1;
      }
    }
    return out.length > 0 ? out[0]!.toUpperCase() + out.slice(1) : out;
  };

  return (text: string): string => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const result = text
      .split(/([\s-]+)/)
      .map((part, index) => (index % 2 === 1 ? part : rewriteWord(part)))
      .join('');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
    return result;
  };
}
