/**
 * Canonical JSON: the exact bytes a payload is hashed and stored as. Object keys are sorted
 * and `undefined` members dropped, so the same value always gives the same bytes (and the same
 * hash, and the same deterministic id) on every machine and in every mirror.
 *
 * `canonicalize` returns a value whose native `JSON.stringify` is canonical (the value itself
 * when it already is, which is the common case and costs only a walk). Serialising natively is
 * several times faster than building the text by hand, and import speed hangs on it.
 */

/** True when `JSON.stringify(value)` is already canonical: sorted keys, no undefined, finite numbers. */
function isCanonical(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (const item of value) if (item === undefined || !isCanonical(item)) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return false;
      let previous: string | undefined;
      for (const key in value) {
        if (previous !== undefined && key <= previous) return false;
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined || !isCanonical(item)) return false;
        previous = key;
      }
      return true;
    }
    default:
      return false;
  }
}

/** A deep copy of `value` (or `value` itself) whose `JSON.stringify` is canonical. Throws on non-JSON values. */
export function canonicalize<T>(value: T): T {
  return isCanonical(value) ? value : (rebuild(value) as T);
}

function rebuild(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return value;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : canonicalize(item)));
      if (value instanceof Date) return value.toISOString();
      const record = value as Record<string, unknown>;
      // No prototype: a payload's own "__proto__" key (JSON.parse makes one) stays a key,
      // instead of an assignment that would silently drop it and change the hash.
      const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(record).sort()) {
        const item = record[key];
        // Canonical subtrees are kept as they are: only what is out of order is copied.
        if (item !== undefined) out[key] = canonicalize(item);
      }
      return out;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
}

/** Serialises `value` with object keys sorted at every depth. Throws on non-JSON values. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value));
}
