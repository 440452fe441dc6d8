/**
 * Memoises a function of a field value for one encoding run: sources repeat the same dates,
 * places, sentences and sexes across millions of records ("1938", "ВМН (расстрел)", "муж."),
 * and parsing each again was most of encoding's time once names were cached.
 */
import type { FieldValue } from '../domain/record.ts';

/** A separator that cannot occur in a field's text (a C0 control character). */
const SEPARATOR = '\u0001';

export class FieldMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly compute: (v: FieldValue | undefined) => T) {}

  /** compute(v), from the memo when this text (and norm) was seen before. */
  get(v: FieldValue | undefined): T {
    if (!v) return this.compute(v);
    // The usual case has no norm: the text alone is the key, with no string built.
    const key = v.norm === undefined ? v.text : `${v.text}${SEPARATOR}${v.norm}`;
    let value = this.known.get(key);
    if (value === undefined && !this.known.has(key)) {
      value = this.compute(v);
      this.known.set(key, value);
    }
    return value as T;
  }
}
