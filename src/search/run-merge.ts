/**
 * Merging a build's spilled runs into posting rows on a worker thread, while the main thread
 * makes the record-id index and saves the document store; the main thread then only inserts
 * the rows. At the end of a 3M-record build the merge was 7.5 s on one thread while the other
 * was idle (making the rows ~5 s of it, inserting them ~2.5 s).
 *
 * The rows are the same whichever thread makes them (postings.ts mergeRuns). A worker that
 * fails or stalls is given up: the rows it sent are deleted and this thread merges the runs
 * itself, so a build never depends on the worker.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { RowInserter, type PostingRuns, type RunLayout } from './postings.ts';
import { WORKER_STALL_MS } from './build-pipeline.ts';

export const mergeLimits = {
  /** Fewest spilled pairs worth a worker (starting one takes ~0.5 s). */
  workerMinPairs: 4 * 1024 * 1024,
  /** Rows a message from the worker carries. */
  batchRows: 4096,
  /** For tests: the worker fails after sending this many batches. */
  failAfterBatches: Infinity,
};

export interface RunMergeWorkerData {
  module: string;
  port: MessagePort;
  /** Counter the worker bumps after each message (the main thread waits on it). */
  posted: Int32Array;
  file: string;
  runs: readonly RunLayout[];
  unfiled: number[];
  batchRows: number;
  failAfterBatches: number;
}

/** Rows, packed for the trip between threads: row r's docs are bytes[ends[r-1] .. ends[r]). */
export interface RowBatch {
  keys: Float64Array;
  firsts: Float64Array;
  ends: Uint32Array;
  bytes: Uint8Array;
}

export type RunMergeMessage = { kind: 'rows'; rows: RowBatch } | { kind: 'done' } | { kind: 'error'; message: string };

/** A merge of runs on a worker thread, started at once; `insertInto` waits for its rows. */
export class RunMerge {
  private readonly posted = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;

  private constructor(runs: PostingRuns, unfiled: ReadonlySet<number>) {
    const { port1, port2 } = new MessageChannel();
    const { file, runs: layout } = runs.layout;
    const workerData: RunMergeWorkerData = {
      module: new URL('./run-merge-worker.ts', import.meta.url).href,
      port: port2,
      posted: this.posted,
      file,
      runs: layout,
      unfiled: [...unfiled],
      batchRows: mergeLimits.batchRows,
      failAfterBatches: mergeLimits.failAfterBatches,
    };
    // The boot file registers tsx in the thread, then loads `module` (as the build pipeline's does).
    this.worker = new Worker(new URL('./build-worker-boot.mjs', import.meta.url), { workerData, transferList: [port2] });
    this.worker.on('error', () => {}); // given up on in insertInto
    this.worker.unref();
    this.port = port1;
  }

  /** Starts a merge of `runs` on a worker, or undefined when they are too few or no worker starts. */
  static start(runs: PostingRuns, unfiled: ReadonlySet<number>): RunMerge | undefined {
    if (runs.size < mergeLimits.workerMinPairs) return undefined;
    try {
      return new RunMerge(runs, unfiled);
    } catch {
      return undefined;
    }
  }

  /**
   * Inserts the worker's rows as they come. Into an empty posting table only (a build into an
   * empty index writes its postings here alone): when the worker fails, what it sent is deleted
   * and `runs` are merged here instead. Returns true when the worker made every row.
   */
  insertInto(db: Database.Database, runs: PostingRuns, unfiled: ReadonlySet<number>): boolean {
    const rows = new RowInserter(db);
    let since = performance.now();
    try {
      for (;;) {
        const seen = Atomics.load(this.posted, 0);
        const message = receiveMessageOnPort(this.port)?.message as RunMergeMessage | undefined;
        if (message?.kind === 'rows') {
          insertBatch(rows, message.rows);
          since = performance.now();
          continue;
        }
        if (message?.kind === 'done') {
          rows.end();
          return true;
        }
        if (message?.kind === 'error') break;
        if (Atomics.wait(this.posted, 0, seen, 50) !== 'timed-out') since = performance.now();
        else if (performance.now() - since > WORKER_STALL_MS) break;
      }
    } finally {
      this.stop();
    }
    db.exec('DELETE FROM search_postings');
    runs.writeTo(db, unfiled);
    return false;
  }

  /** Stops the worker (done, given up, or the build rolled back). */
  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}

function insertBatch(rows: RowInserter, batch: RowBatch): void {
  const { keys, firsts, ends, bytes } = batch;
  let start = 0;
  for (let r = 0; r < keys.length; r++) {
    const end = ends[r]!;
    // A view of the batch's bytes, not a copy (SQLite copies it as it binds).
    rows.row(keys[r]!, firsts[r]!, Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start));
    start = end;
  }
}
