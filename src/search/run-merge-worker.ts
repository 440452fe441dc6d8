/**
 * The worker thread of a run merge (run-merge.ts): merges the runs file into posting rows and
 * sends them a batch at a time (its arrays transferred, not copied), then `done`.
 */
import { closeSync, openSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { mergeRuns } from './postings.ts';
import type { RowBatch, RunMergeMessage, RunMergeWorkerData } from './run-merge.ts';

const { port, posted, file, runs, unfiled, batchRows, failAfterBatches } = workerData as RunMergeWorkerData;

function post(message: RunMergeMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}

/** Rows gathered for the next message. */
class BatchBuilder {
  private keys = new Float64Array(batchRows);
  private firsts = new Float64Array(batchRows);
  private ends = new Uint32Array(batchRows);
  private bytes = new Uint8Array(1 << 20);
  private rows = 0;
  private length = 0;
  sent = 0;

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
    const rows: RowBatch = { keys: this.keys.slice(0, this.rows), firsts: this.firsts.slice(0, this.rows), ends: this.ends.slice(0, this.rows), bytes: this.bytes.slice(0, this.length) };
    post({ kind: 'rows', rows }, [rows.keys.buffer, rows.firsts.buffer, rows.ends.buffer, rows.bytes.buffer] as ArrayBuffer[]);
    this.sent++;
    this.rows = 0;
    this.length = 0;
  }
}

const fd = openSync(file, 'r');
try {
  const batch = new BatchBuilder();
  mergeRuns(fd, runs, new Set(unfiled), (key, first, docs) => batch.add(key, first, docs));
  batch.send();
  post({ kind: 'done' });
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
} finally {
  // The port stays open until the main thread, having read every message, stops this thread.
  closeSync(fd);
}
