/**
 * A build's spilled runs merged into posting rows on a worker thread (run-merge.ts) give the
 * rows the main thread's merge gives; a worker that fails midway leaves no trace of its rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rebuild } from '../src/archive/index.ts';
import { hashKey } from '../src/search/keys.ts';
import { allPostings, PostingBuffer, PostingRuns, POSTINGS_SCHEMA } from '../src/search/postings.ts';
import { bulkLimits, BULK_PAIRS, SPILL_PAIRS } from '../src/search/projection.ts';
import { mergeLimits, RunMerge } from '../src/search/run-merge.ts';
import { makeSearchFixture, type SearchFixture } from './search-fixture.ts';

const savedLimits = { ...mergeLimits };
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unerased-run-merge-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => Object.assign(mergeLimits, savedLimits));

/** Five runs over 60 keys (long lists, short ones that go into packs), some docs unfiled. */
function spilledRuns(): { runs: PostingRuns; unfiled: Set<number> } {
  const keys = Array.from({ length: 60 }, (_, i) => hashKey(`test|merge ${i}`));
  const runs = new PostingRuns();
  const unfiled = new Set<number>();
  const buffer = new PostingBuffer(1 << 20);
  for (let run = 0; run < 5; run++) {
    for (let doc = 1 + run * 1000; doc < 1 + run * 1000 + 400; doc++) {
      buffer.add(keys[0]!, doc);
      if (doc % 7 === 0) buffer.add(keys[1 + (doc % (keys.length - 1))]!, doc);
      if (doc % 89 === 0) unfiled.add(doc);
    }
    buffer.spillTo(runs, unfiled);
  }
  return { runs, unfiled };
}

let dbs = 0;
function postingTable(): Database.Database {
  const db = new Database(join(dir, `postings-${dbs++}.sqlite`));
  db.exec(POSTINGS_SCHEMA);
  return db;
}
const rowsOf = (db: Database.Database) => db.prepare('SELECT key, first, hex(docs) FROM search_postings ORDER BY key, first').raw().all();

/** The rows this thread's merge makes, and the rows a RunMerge leaves, with what insertInto returned. */
function bothWays(): { here: unknown[]; merged: unknown[]; byWorker: boolean } {
  const mainDb = postingTable();
  const workerDb = postingTable();
  // The same runs twice (a merge uses its runs up).
  const forMain = spilledRuns();
  const { runs, unfiled } = spilledRuns();
  try {
    mergeLimits.workerMinPairs = 1;
    const merge = RunMerge.start(runs, unfiled);
    expect(merge).toBeDefined();
    const byWorker = workerDb.transaction(() => merge!.insertInto(workerDb, runs, unfiled))();
    forMain.runs.writeTo(mainDb, forMain.unfiled);
    return { here: rowsOf(mainDb), merged: rowsOf(workerDb), byWorker };
  } finally {
    runs.close();
    forMain.runs.close();
    mainDb.close();
    workerDb.close();
  }
}

describe('runs merged on a worker thread', () => {
  it('give the rows this thread makes, sent a batch at a time', () => {
    mergeLimits.batchRows = 7;
    const { here, merged, byWorker } = bothWays();
    expect(byWorker).toBe(true);
    expect(here.length).toBeGreaterThan(30);
    expect(merged).toEqual(here);
  });

  it('when the worker fails midway, its rows are deleted and this thread merges the runs', () => {
    mergeLimits.batchRows = 3;
    mergeLimits.failAfterBatches = 2;
    const { here, merged, byWorker } = bothWays();
    expect(byWorker).toBe(false);
    expect(merged).toEqual(here);
  });

  it('are left to this thread when there are fewer pairs than a worker is worth', () => {
    const { runs, unfiled } = spilledRuns();
    try {
      mergeLimits.workerMinPairs = runs.size + 1;
      expect(RunMerge.start(runs, unfiled)).toBeUndefined();
    } finally {
      runs.close();
    }
  });
});

describe('a rebuild whose runs a worker merges', () => {
  let f: SearchFixture;
  beforeAll(() => {
    f = makeSearchFixture(300);
  });
  afterAll(() => {
    f.archive.close();
    rmSync(f.dir, { recursive: true, force: true });
  });

  it('has the postings of a rebuild merged on the main thread', () => {
    const db = f.archive.db;
    // Each rebuild numbers its docs anew: the postings are compared by record.
    const recordOf = db.prepare('SELECT record_id FROM search_docs WHERE doc = ?').pluck();
    const postings = () => allPostings(db).map(([key, doc]) => `${key} ${recordOf.get(doc) as string}`).sort();
    bulkLimits.spillPairs = 500;
    try {
      mergeLimits.workerMinPairs = Infinity;
      rebuild(f.archive);
      const here = postings();
      mergeLimits.workerMinPairs = 1;
      mergeLimits.batchRows = 11;
      rebuild(f.archive);
      expect(here.length).toBeGreaterThan(5_000);
      expect(postings()).toEqual(here);
    } finally {
      bulkLimits.spillPairs = SPILL_PAIRS;
      bulkLimits.pairs = BULK_PAIRS;
    }
  });
});
