/**
 * Privacy of the living (DESIGN principle 5): a person who may be alive — born less than
 * LIVING_YEARS ago, with no death or execution recorded — is not shown publicly, neither on a
 * page, nor in search hits, nor in the API or an export. Counts in statistics still include
 * them: a count names no one.
 */
import type { RecordData } from '../domain/record.ts';
import { edtfYear } from '../domain/dates.ts';

/** Someone born fewer than this many years ago may still be alive. */
export const LIVING_YEARS = 100;

/** True when the record shows a death (execution, death date or place of death). */
function recordsDeath(data: RecordData): boolean {
  const f = data.fields;
  return Boolean(f.executionDate?.text || f.deathDate?.text || f.deathPlace?.text);
}

/**
 * True when the records about one human may describe a living person. An uncertain birth
 * counts by its latest possible year (189X → 1899), so uncertainty never exposes anyone.
 */
export function mayBeAlive(records: readonly RecordData[], now: Date = new Date()): boolean {
  if (records.some(recordsDeath)) return false;
  const threshold = now.getUTCFullYear() - LIVING_YEARS;
  return records.some((data) => {
    const born = data.fields.birthDate;
    if (!born) return false;
    const span = born.norm ? edtfYear(born.norm) : undefined;
    if (span) return span.max > threshold;
    // A birth we could not read: look for any four-digit year in the text.
    const years = [...born.text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
    return years.length > 0 && Math.max(...years) > threshold;
  });
}
