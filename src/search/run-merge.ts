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
import { closeSync, openSync, readSync } from 'node:fs';
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
  /** Where the worker writes the rows (beside the runs: removed with them). */
  rowsFile: string;
  runs: readonly RunLayout[];
  unfiled: number[];
  batchRows: number;
  failAfterBatches: number;
}

/**
 * A batch of rows in the rows file, at `offset`: their keys (float64 each), firsts (float64),
 * where each row's docs end (uint32, from the batch's docs start), then the docs.
 */
export type RunMergeMessage = { kind: 'rows'; offset: number; rows: number; bytes: number } | { kind: 'done' } | { kind: 'error'; message: string };

/** A merge of runs on a worker thread, started at once; `insertInto` waits for its rows. */
export class RunMerge {
  private readonly posted = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private readonly rowsFile: string;

  private constructor(runs: PostingRuns, unfiled: ReadonlySet<number>) {
    const { port1, port2 } = new MessageChannel();
    const { file, runs: layout } = runs.layout;
    this.rowsFile = `${file}.rows`;
    const workerData: RunMergeWorkerData = {
      module: new URL('./run-merge-worker.ts', import.meta.url).href,
      port: port2,
      posted: this.posted,
      file,
      rowsFile: this.rowsFile,
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
    let fd: number | undefined;
    try {
      for (;;) {
        const seen = Atomics.load(this.posted, 0);
        const message = receiveMessageOnPort(this.port)?.message as RunMergeMessage | undefined;
        if (message?.kind === 'rows') {
          fd ??= openSync(this.rowsFile, 'r');
          insertBatch(rows, fd, message);
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
      if (fd !== undefined) closeSync(fd);
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

function insertBatch(rows: RowInserter, fd: number, batch: { offset: number; rows: number; bytes: number }): void {
  // A buffer of its own a batch: the inserter holds views of the last rows until it inserts them.
  const chunk = Buffer.allocUnsafeSlow(batch.bytes);
  for (let got = 0; got < chunk.length; ) got += readSync(fd, chunk, got, chunk.length - got, batch.offset + got);
  const n = batch.rows;
  const keys = new Float64Array(chunk.buffer, 0, n);
  const firsts = new Float64Array(chunk.buffer, n * 8, n);
  const ends = new Uint32Array(chunk.buffer, n * 16, n);
  const docsAt = n * 20;
  let start = 0;
  for (let r = 0; r < n; r++) {
    const end = ends[r]!;
    rows.row(keys[r]!, firsts[r]!, Buffer.from(chunk.buffer, docsAt + start, end - start));
    start = end;
  }
}
