/**
 * Prepared statements cached per database connection: projections run once per log entry
 * inside big transactions, and preparing a statement costs more than running it.
 */
import type Database from 'better-sqlite3';

/** Returns a function that gives `make(db)`, built once per connection. */
export function cachedPerDb<T>(make: (db: Database.Database) => T): (db: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (db) => {
    let value = cache.get(db);
    if (value === undefined) {
      value = make(db);
      cache.set(db, value);
    }
    return value;
  };
}
