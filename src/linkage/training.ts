/**
 * Learning the model without labels, robustly at scale (the approach of Splink):
 *
 * - u, how non-matches agree, is measured on random pairs of records (almost all non-matches);
 * - m, how matches agree, is learned by EM with u fixed, each field on pairs selected by a
 *   condition that does not involve it: name fields on pairs born on the same day, the other
 *   fields on pairs whose surname, given name and patronymic all agree (with the patronymic
 *   left out, namesakes outnumbered the matches there at 3M records and EM learned them as
 *   matches). EM on all blocked candidates instead splits them along what blocking selected
 *   (birth year, say) once the archive is large;
 * - λ, the prior over all pairs: with m and u fixed, the value at which the matches the model
 *   expects among all candidates equal λ × all pairs (./prior.ts).
 */
import { F, FIELD_COUNT, LEVEL_COUNTS, levelOf, missingCode, packVector, unpackVector } from './comparison-fields.ts';
import type { RecordComparator } from './compare.ts';
import type { EncodedRecords } from './encode.ts';
import { estimateModel } from './expectation-maximisation.ts';
import { initialModel, normalise, type LinkageModel } from './model.ts';
import { settlePrior } from './prior.ts';

/** Random record pairs compared to measure u (non-matches dominate any random sample). */
export const U_SAMPLE_PAIRS = 200_000;
/** …but no more than this many per record: a small archive needs few to see its spread. */
const U_SAMPLES_PER_RECORD = 50;

/** EM's starting share of matches among training pairs. */
const START_LAMBDA = 0.1;

/** Surname level from which a pair counts as "surname agrees" for training (close or same). */
const TRAIN_SURNAME_LEVEL = 2;
/** Given-name (and patronymic) level from which a pair counts as agreeing (similar or same). */
const TRAIN_GIVEN_LEVEL = 3;

const NAME_FIELDS = [F.surname, F.givenName, F.patronymic];

/** Agreement levels of random pairs: u of every field. */
export function randomPairU(records: EncodedRecords, comparator: RecordComparator): number[][] {
  const sums = LEVEL_COUNTS.map((n) => new Float64Array(n).fill(1)); // add-one smoothing
  const n = records.count;
  if (n < 2) return sums.map((s) => normalise([...s]));
  let seed = 0x9e3779b9;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const samples = Math.min(U_SAMPLE_PAIRS, U_SAMPLES_PER_RECORD * n, (n * (n - 1)) / 2);
  for (let s = 0; s < samples; s++) {
    const i = next();
    const j = next();
    if (i === j) continue;
    const v = comparator.compare(i, j);
    for (let f = 0; f < FIELD_COUNT; f++) {
      const level = levelOf(v, f);
      if (level !== missingCode(f)) sums[f]![level]!++;
    }
  }
  return sums.map((s) => normalise([...s]));
}

/** The vector with `fields` set to missing (they were the selection condition). */
function without(v: number, fields: readonly number[]): number {
  const levels = unpackVector(v);
  for (const f of fields) levels[f] = missingCode(f);
  return packVector(levels);
}

function add(map: Map<number, number>, key: number, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

export interface Training {
  model: LinkageModel;
  iterations: number;
  trainingPairs: { names: number; others: number };
}

/**
 * Learns the model. `counts`: vector → number of candidate pairs; `sameBirthDay`: the vectors
 * of candidate pairs born on the same day (known to the day).
 */
export function learnModel(records: EncodedRecords, comparator: RecordComparator, counts: ReadonlyMap<number, number>, sameBirthDay: ReadonlyMap<number, number>, _candidatePairs: number): Training {
  const u = randomPairU(records, comparator);
  const start = initialModel();
  start.fields = start.fields.map((p, f) => ({ m: p.m, u: u[f]! }));
  start.lambda = START_LAMBDA;

  // Names: pairs born on the same day (birth year is the condition, so it says nothing).
  const nameSet = new Map<number, number>();
  let namePairs = 0;
  for (const [v, n] of sameBirthDay) {
    add(nameSet, without(v, [F.birthYear]), n);
    namePairs += n;
  }
  // Everything else: pairs whose three names agree (names are the condition; patronymics are
  // learned on the same-day pairs above).
  const otherSet = new Map<number, number>();
  let otherPairs = 0;
  for (const [v, n] of counts) {
    if (levelOf(v, F.surname) >= TRAIN_SURNAME_LEVEL && levelOf(v, F.surname) !== missingCode(F.surname) &&
        levelOf(v, F.givenName) >= TRAIN_GIVEN_LEVEL && levelOf(v, F.givenName) !== missingCode(F.givenName) &&
        levelOf(v, F.patronymic) >= TRAIN_GIVEN_LEVEL && levelOf(v, F.patronymic) !== missingCode(F.patronymic)) {
      add(otherSet, without(v, [F.surname, F.givenName, F.patronymic]), n);
      otherPairs += n;
    }
  }
  const fromNames = estimateModel(nameSet, start, true);
  const fromOthers = estimateModel(otherSet, start, true);
  const fields = start.fields.map((p, f) => ({
    m: NAME_FIELDS.includes(f) && namePairs > 0 ? fromNames.model.fields[f]!.m : fromOthers.model.fields[f]!.m,
    u: p.u,
  }));
  // The prior, settled against all candidates with m and u fixed (./prior.ts).
  const allPairs = (records.count * (records.count - 1)) / 2;
  const lambda = settlePrior(counts, fields, allPairs);
  return {
    model: { version: start.version, lambda, fields },
    iterations: fromNames.iterations + fromOthers.iterations,
    trainingPairs: { names: namePairs, others: otherPairs },
  };
}
