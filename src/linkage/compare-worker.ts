/**
 * A worker thread's part of the comparison (./parallel-compare.ts): it claims chunks of records
 * from a shared counter, compares their pairs over the shared rows and index, and posts each
 * chunk's pairs into the shared store, then posts its vector counts.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { CandidateIndex } from './candidate-index.ts';
import { RecordComparator, type ComparisonForms } from './compare.ts';
import { ChunkComparer, type PairStore } from './pair-chunks.ts';
import { CONTROL, type WorkerMessage } from './parallel-compare.ts';

export interface CompareWorkerData {
  module: string;
  index: CandidateIndex;
  rows: Int32Array;
  birthDay: Int32Array;
  forms: ComparisonForms;
  control: Int32Array;
  /** Where the pairs go (SharedArrayBuffers), and each chunk's place in it. */
  store: PairStore;
  port: MessagePort;
}

const data = workerData as CompareWorkerData;
const { control, port, index, store } = data;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
Atomics.add(control, CONTROL.started, 1);
try {
  const comparer = new ChunkComparer(index, new RecordComparator({ rows: data.rows, forms: data.forms }), data.birthDay, store);
  for (;;) {
    const chunk = Atomics.add(control, CONTROL.next, 1);
    if (chunk >= store.chunks.length) break;
    comparer.compareChunk(store.chunks[chunk]!);
    Atomics.add(control, CONTROL.posted, 1);
  }
  const counts = comparer.counts.toTransfer();
  const same = comparer.sameBirthDay.toTransfer();
  post({ kind: 'counts', counts, sameBirthDay: same }, [counts.slots.buffer as ArrayBuffer, same.slots.buffer as ArrayBuffer]);
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
} finally {
  Atomics.add(control, CONTROL.done, 1);
  Atomics.notify(control, CONTROL.done);
  port.close();
}
