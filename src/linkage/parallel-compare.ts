/**
 * The comparison on several threads, synchronously. Workers read the records' rows and the
 * candidate index from SharedArrayBuffers; every thread (this one included) claims chunks of
 * records from a shared counter and writes their pairs into the shared store; workers post
 * their vector counts on a MessagePort at the end, which this thread reads with
 * receiveMessageOnPort, waiting on a shared counter (Atomics.wait) until they are done. The result is the same pairs in the same order as on one thread.
 *
 * Workers that never start claim nothing: this thread then does every chunk itself.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { CandidateIndex } from './candidate-index.ts';
import { comparisonInputs, RecordComparator } from './compare.ts';
import type { CompareWorkerData } from './compare-worker.ts';
import type { EncodedRecords } from './encode.ts';
import { allocatePairStore, CHUNK_RECORDS, ChunkComparer, type ComparedPairs } from './pair-chunks.ts';
import { VectorCounts } from './vector-counts.ts';

/**
 * Slots of the shared control array: next chunk to claim, chunks workers finished (their pairs
 * are in the store), workers started, workers finished.
 */
export const CONTROL = { next: 0, posted: 1, started: 2, done: 3 } as const;

/**
 * How long this thread waits for a worker that has claimed a chunk to post anything more before
 * giving up with an error (a worker killed mid-chunk would otherwise leave it waiting forever).
 * A chunk takes well under a second; a minute allows for a machine loaded by other work.
 */
export const WORKER_STALL_MS = 60_000;

/**
 * How long this thread waits for the first worker to start (loading its modules takes about
 * half a second) before it compares everything itself.
 */
export const WORKER_START_MS = 20_000;

export type WorkerMessage =
  | { kind: 'counts'; counts: ReturnType<VectorCounts['toTransfer']>; sameBirthDay: ReturnType<VectorCounts['toTransfer']> }
  | { kind: 'error'; message: string };

function shared<T extends Int32Array>(array: T): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

function sharedIndex(index: CandidateIndex): CandidateIndex {
  return {
    count: index.count,
    shape: index.shape,
    members: shared(index.members),
    blockStart: shared(index.blockStart),
    blockOf: shared(index.blockOf),
    entryStart: shared(index.entryStart),
    entries: shared(index.entries),
    perRule: index.perRule,
  };
}

/**
 * Compares every candidate pair on `workers` worker threads, this thread waiting (or, with
 * `thisThreadCompares`, comparing too). The returned comparator is this thread's (built on the
 * shared rows), for training.
 */
export function compareInParallel(
  records: EncodedRecords,
  index: CandidateIndex,
  workers: number,
  onChunk?: (done: number, total: number) => void,
  options: { chunkRecords?: number; thisThreadCompares?: boolean } = {},
): { pairs: ComparedPairs; comparator: RecordComparator; workerChunks: number } {
  const chunkRecords = options.chunkRecords ?? CHUNK_RECORDS;
  const { rows, forms } = comparisonInputs(records, true);
  // This thread's comparator serves training (random pairs) unless no worker starts: its caches start small.
  const comparator = new RecordComparator({ rows, forms }, 0);
  const sharedIdx = sharedIndex(index);
  const birthDay = shared(records.birthDay);
  const control = new Int32Array(new SharedArrayBuffer(4 * 4));
  const store = allocatePairStore(sharedIdx, chunkRecords, true);
  const total = store.chunks.length;
  const ports: MessagePort[] = [];
  for (let w = 0; w < workers; w++) {
    const { port1, port2 } = new MessageChannel();
    const workerData: CompareWorkerData = {
      module: new URL('./compare-worker.ts', import.meta.url).href,
      index: sharedIdx,
      rows,
      birthDay,
      forms,
      control,
      store,
      port: port2,
    };
    const worker = new Worker(new URL('./compare-worker-boot.mjs', import.meta.url), { workerData, transferList: [port2] });
    // A worker that fails before it starts claims no chunk, so this thread does them all; one
    // that fails later posts the error, which drain() throws.
    worker.on('error', () => {});
    worker.unref();
    ports.push(port1);
  }

  // This thread's share: nothing while workers do it all (its heap holds the input records,
  // so every large allocation here costs a collection of all of them), everything when no
  // worker starts.
  let ownChunks = 0;
  let comparer: ChunkComparer | undefined;
  const compareHere = (): void => {
    comparer ??= new ChunkComparer(sharedIdx, comparator, birthDay, store);
    for (;;) {
      const number = Atomics.add(control, CONTROL.next, 1);
      if (number >= total) break;
      comparer.compareChunk(store.chunks[number]!);
      ownChunks++;
      onChunk?.(Math.min(index.count, Math.min(total, Atomics.load(control, CONTROL.next)) * chunkRecords), index.count);
    }
  };
  if (options.thisThreadCompares) compareHere();
  else {
    const giveUpAt = performance.now() + WORKER_START_MS;
    const report = () => onChunk?.(Math.min(index.count, Atomics.load(control, CONTROL.posted) * chunkRecords), index.count);
    waitFor(control, () => Atomics.load(control, CONTROL.next) >= total || (Atomics.load(control, CONTROL.started) === 0 && performance.now() > giveUpAt), report);
    compareHere();
  }
  const counts = comparer?.counts ?? new VectorCounts();
  const sameBirthDay = comparer?.sameBirthDay ?? new VectorCounts();
  // Wait for every worker that started (a worker that starts now finds no chunk left), then
  // take the vector counts they posted.
  waitFor(control, () => Atomics.load(control, CONTROL.done) >= Atomics.load(control, CONTROL.started), () => drain(ports, counts, sameBirthDay));
  drain(ports, counts, sameBirthDay);
  for (const port of ports) port.close();
  const finished = ownChunks + Atomics.load(control, CONTROL.posted);
  if (finished !== total) throw new Error(`linkage: ${total - finished} chunks of pairs were not compared`);
  const length = store.chunks.reduce((sum, c) => sum + store.ends[c.to - 1]! - c.start, 0);
  return { pairs: { ...store, length, counts, sameBirthDay }, comparator, workerChunks: total - ownChunks };
}

/** Blocks until `ready()`, polling; throws when the workers post nothing for WORKER_STALL_MS. */
function waitFor(control: Int32Array, ready: () => boolean, meanwhile?: () => void): void {
  let lastSeen = -1;
  let since = performance.now();
  while (!ready()) {
    Atomics.wait(control, CONTROL.done, Atomics.load(control, CONTROL.done), 50);
    meanwhile?.();
    const seen = Atomics.load(control, CONTROL.posted) + Atomics.load(control, CONTROL.started) + Atomics.load(control, CONTROL.next);
    if (seen !== lastSeen) {
      lastSeen = seen;
      since = performance.now();
    } else if (performance.now() - since > WORKER_STALL_MS) throw new Error(`linkage: the comparison workers did nothing for ${WORKER_STALL_MS / 1000} s (control ${Array.from(control).join(" ")})`);
  }
}

/** Takes every message waiting on the ports. */
function drain(ports: MessagePort[], counts: VectorCounts, sameBirthDay: VectorCounts): void {
  for (const port of ports) {
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const message = m.message as WorkerMessage;
      if (message.kind === 'counts') {
        counts.merge(VectorCounts.fromTransfer(message.counts));
        sameBirthDay.merge(VectorCounts.fromTransfer(message.sameBirthDay));
      } else throw new Error(`linkage: a comparison worker failed: ${message.message}`);
    }
  }
}
