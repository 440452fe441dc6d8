/**
 * A worker thread's part of the comparison (./parallel-compare.ts): it claims chunks of records
 * from a shared counter, compares their pairs over the shared rows and index, and posts each
 * chunk back (its arrays transferred, not copied), then its vector counts.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { CandidateIndex } from './candidate-index.ts';
import { RecordComparator, type ComparisonForms } from './compare.ts';
import { ChunkComparer } from './pair-chunks.ts';
import { CONTROL, type WorkerMessage } from './parallel-compare.ts';

export interface CompareWorkerData {
  module: string;
  index: CandidateIndex;
  rows: Int32Array;
  birthDay: Int32Array;
  forms: ComparisonForms;
  control: Int32Array;
  chunkRecords: number;
  port: MessagePort;
}

const data = workerData as CompareWorkerData;
const { control, port, index, chunkRecords } = data;
const chunks = Math.ceil(index.count / chunkRecords);
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
Atomics.add(control, CONTROL.started, 1);
try {
  const comparer = new ChunkComparer(index, new RecordComparator({ rows: data.rows, forms: data.forms }), data.birthDay);
  for (;;) {
    const chunk = Atomics.add(control, CONTROL.next, 1);
    if (chunk >= chunks) break;
    const from = chunk * chunkRecords;
    const c = comparer.compareChunk(from, Math.min(index.count, from + chunkRecords));
    post({ kind: 'chunk', number: chunk, chunk: c }, [c.ends.buffer as ArrayBuffer, c.partner.buffer as ArrayBuffer, c.vector.buffer as ArrayBuffer]);
    Atomics.add(control, CONTROL.posted, 1);
  }
  const counts = comparer.counts.toTransfer();
  const same = comparer.sameBirthDay.toTransfer();
  post({ kind: 'counts', counts, sameBirthDay: same }, [counts.keys.buffer as ArrayBuffer, counts.values.buffer as ArrayBuffer, same.keys.buffer as ArrayBuffer, same.values.buffer as ArrayBuffer]);
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
} finally {
  Atomics.add(control, CONTROL.done, 1);
  Atomics.notify(control, CONTROL.done);
  port.close();
}
