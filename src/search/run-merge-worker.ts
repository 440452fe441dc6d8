/**
 * The worker thread of a run merge (run-merge.ts): merges the runs file into posting rows,
 * writes them a batch at a time to the rows file and tells where each is, then `done`.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { mergeRuns } from './postings.ts';
import type { RunMergeMessage, RunMergeWorkerData } from './run-merge.ts';

const { port, posted, file, rowsFile, runs, unfiled, batchRows, failAfterBatches } = workerData as RunMergeWorkerData;

function post(message: RunMergeMessage): void {
  port.postMessage(message);
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}

/**
 * Rows gathered for the next batch. A batch is appended to the rows file and its place sent:
 * sent as messages, the batches the main thread had not read yet (it is making the record-id
 * index meanwhile) held ~300 MB of a 3M build in memory; in the file they are the OS's cache.
 */
class BatchBuilder {
  private keys = new Float64Array(batchRows);
  private firsts = new Float64Array(batchRows);
  private ends = new Uint32Array(batchRows);
  private bytes = new Uint8Array(1 << 20);
  private rows = 0;
  private length = 0;
  private end = 0;
  sent = 0;

  constructor(private readonly out: number) {}

  add(key: number, first: number, docs: Uint8Array): void {
    if (this.length + docs.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.length + docs.length, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(docs, this.length);
    this.length += docs.length;
    this.keys[this.rows] = key;
    this.firsts[this.rows] = first;
    this.ends[this.rows] = this.length;
    if (++this.rows === batchRows) this.send();
  }

  send(): void {
    if (this.rows === 0) return;
    if (this.sent >= failAfterBatches) throw new Error('the merge fails here (a test asked it to)');
    const offset = this.end;
    const { rows } = this;
    for (const part of [this.keys.subarray(0, rows), this.firsts.subarray(0, rows), this.ends.subarray(0, rows), this.bytes.subarray(0, this.length)]) {
      const bytes = new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
      for (let put = 0; put < bytes.length; ) put += writeSync(this.out, bytes, put, bytes.length - put, this.end + put);
      this.end += bytes.length;
    }
    post({ kind: 'rows', offset, rows, bytes: this.end - offset });
    this.sent++;
    this.rows = 0;
    this.length = 0;
  }
}

const fd = openSync(file, 'r');
const out = openSync(rowsFile, 'w');
try {
  const batch = new BatchBuilder(out);
  mergeRuns(fd, runs, new Set(unfiled), (key, first, docs) => batch.add(key, first, docs));
  batch.send();
  post({ kind: 'done' });
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
} finally {
  // The port stays open until the main thread, having read every message, stops this thread.
  closeSync(fd);
  closeSync(out);
}
