/**
 * The comparison vector: for each field, the level at which two records agree. Levels are
 * small integers (0 = disagree … highest = agree exactly); a field missing on either side is
 * its own code (MISSING) that contributes no evidence either way, as in Fellegi–Sunter.
 *
 * A pair's whole vector is packed into one integer (mixed radix), so the EM step works on a
 * table of distinct vectors and their counts instead of on millions of pairs.
 */

export const COMPARISON_FIELDS = [
  { name: 'surname', levels: ['different', 'similar', 'close', 'same'] },
  { name: 'givenName', levels: ['different', 'initial only', 'partly similar', 'similar', 'same'] },
  { name: 'patronymic', levels: ['different', 'initial only', 'partly similar', 'similar', 'same'] },
  { name: 'birthYear', levels: ['more than 5 years apart', 'within 5 years', 'within 2 years', 'within 1 year', 'same year'] },
  { name: 'birthPlace', levels: ['different', 'similar', 'same'] },
  { name: 'nationality', levels: ['different', 'same'] },
  { name: 'residence', levels: ['different', 'similar', 'same'] },
  { name: 'arrestDate', levels: ['different', 'same year', 'same month', 'same date'] },
  { name: 'deathDate', levels: ['different', 'same year', 'same month', 'same date'] },
  { name: 'sentenceDate', levels: ['different', 'same year', 'same month', 'same date'] },
  { name: 'rehabilitationDate', levels: ['different', 'same year', 'same date'] },
  { name: 'sex', levels: ['different', 'same'] },
  { name: 'occupation', levels: ['different', 'similar', 'same'] },
  { name: 'sentence', levels: ['different', 'same'] },
  { name: 'source', levels: ['same source', 'different sources'] },
] as const;

export type ComparisonFieldName = (typeof COMPARISON_FIELDS)[number]['name'];

export const FIELD_COUNT = COMPARISON_FIELDS.length;

/** Field indexes, by name, for the hot loop. */
export const F = Object.fromEntries(COMPARISON_FIELDS.map((f, i) => [f.name, i])) as Record<ComparisonFieldName, number>;

/** Number of agreement levels of each field (MISSING excluded). */
export const LEVEL_COUNTS: readonly number[] = COMPARISON_FIELDS.map((f) => f.levels.length);

/** The code of "missing on one side" for field `f`: one past its highest level. */
export function missingCode(f: number): number {
  return LEVEL_COUNTS[f]!;
}

/** Radix of each field in the packed vector (levels + the missing code). */
const RADIX: readonly number[] = LEVEL_COUNTS.map((n) => n + 1);

/** Place value of each field in the packed vector (level × place, summed, is the vector). */
export const PLACE: readonly number[] = RADIX.map((_, i) => RADIX.slice(0, i).reduce((a, b) => a * b, 1));

/** Distinct packed vectors possible (must stay below 2^32: vectors are stored in a Uint32Array). */
export const VECTOR_SPACE = RADIX.reduce((a, b) => a * b, 1);
if (VECTOR_SPACE > 2 ** 32) throw new Error(`linkage: ${VECTOR_SPACE} comparison vectors do not fit 32 bits`);

/** Packs per-field levels (MISSING = missingCode(f)) into one integer. */
export function packVector(levels: ArrayLike<number>): number {
  let code = 0;
  for (let f = 0; f < FIELD_COUNT; f++) code += levels[f]! * PLACE[f]!;
  return code;
}

/** The level (or missing code) of field `f` in a packed vector. */
export function levelOf(code: number, f: number): number {
  return Math.floor(code / PLACE[f]!) % RADIX[f]!;
}

/** Unpacks a vector into per-field levels. */
export function unpackVector(code: number): number[] {
  return COMPARISON_FIELDS.map((_, f) => levelOf(code, f));
}

/** Human label of a level, or 'missing'. */
export function levelLabel(f: number, level: number): string {
  if (level === missingCode(f)) return 'missing';
  return COMPARISON_FIELDS[f]!.levels[level] ?? `level ${level}`;
}
