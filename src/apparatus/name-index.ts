/**
 * Finding entity names inside free text: the whole text is a name, or a long enough name
 * appears as whole words inside it. Texts and names are cut into the same folded word tokens
 * and every run of up to the longest name's number of words is looked up in a map — linear in
 * the text, whatever the number of names.
 */
import { foldName } from '../domain/entity.ts';

/**
 * Names shorter than this (in characters, tokens joined by spaces) are matched only as the
 * whole text, never inside a longer one: short names ("ИТЛ", "Lager", "OSO") would match
 * almost any text.
 */
export const MIN_CONTAINED_NAME_LENGTH = 8;

/**
 * Folded word tokens: letters and digits, everything else a separator. The number sign goes
 * first: folding would turn "№00485" into "no00485" and hide the order number.
 */
export function wordTokens(text: string): string[] {
  return foldName(text.replace(/№/g, ' ')).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export class NameIndex {
  private readonly byKey = new Map<string, Set<string>>();
  private longest = 1;

  /** Adds `name` as a name of entity `id` (blank names are ignored). */
  add(id: string, name: string): void {
    const words = wordTokens(name);
    if (words.length === 0) return;
    this.longest = Math.max(this.longest, words.length);
    const key = words.join(' ');
    const set = this.byKey.get(key) ?? new Set<string>();
    set.add(id);
    this.byKey.set(key, set);
  }

  /** Ids whose name equals the text, or else whose long names appear as whole words in it. */
  match(text: string): string[] {
    const words = wordTokens(text);
    const exact = this.byKey.get(words.join(' '));
    if (exact) return [...exact].sort();
    const found = new Set<string>();
    for (let start = 0; start < words.length; start++) {
      let key = '';
      for (let end = start; end < Math.min(words.length, start + this.longest); end++) {
        key = key ? `${key} ${words[end]}` : words[end]!;
        if (key.length < MIN_CONTAINED_NAME_LENGTH) continue;
        for (const id of this.byKey.get(key) ?? []) found.add(id);
      }
    }
    return [...found].sort();
  }
}
