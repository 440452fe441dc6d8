/**
 * Interning: each distinct string held once and referred to by a small integer. Search's
 * in-memory documents and linkage's encoded records both compare integers in their hot loops
 * and cache work per distinct string (names repeat a lot).
 */
/** Interns strings as small integers, ids given in order of first sight from 0. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of `value`, adding it when new. */
  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** The id of `value`, or -1 when it was never interned. */
  lookup(value: string): number {
    return this.ids.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}
