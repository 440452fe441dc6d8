/**
 * Making the documents of a replay on a second thread. The main thread reads the log and
 * writes the index (SQLite: one connection, one transaction); parsing the extracts, making the
 * documents and hashing their keys (doc-batch.ts) was more than half of a build's time, and
 * runs here on a worker thread, a batch of records at a time, a few batches ahead of the
 * writing.
 *
 * Each batch is claimed once, through a shared array, by whichever thread gets to it first:
 * when the main thread needs a batch the worker has not begun (it is starting, or the machine
 * is busy), it makes the batch itself. A worker that never starts, fails or stalls leaves its
 * batches to the main thread. Batches are filed in the order they were pushed, and are the
 * same wherever they were made.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { encodeBatch, EXTRACT_SEPARATOR, type EncodedBatch } from './doc-batch.ts';

export const pipelineLimits = {
  /** Records a batch: enough that messaging costs little, few enough to keep both threads busy. */
  batch: 1000,
  /** Batches posted ahead of the one being written. */
  ahead: 4,
  /** Fewest records a replay must have left to start a worker (starting one takes ~0.5 s). */
  workerMinRecords: 50_000,
};

/**
 * How long the main thread waits on a batch the worker claimed before making it itself (a
 * batch takes tens of milliseconds; this allows for a heavily loaded machine).
 */
export const WORKER_STALL_MS = 30_000;

/**
 * Old-generation heap of the worker (MB). Its live data is bounded (the names layer's caches
 * and search's memos are capped), but left to itself V8 let the worker's garbage grow to
 * ~700 MB, so that a 3M-record build peaked at 2.4-2.8 GB RSS; capped, it collects sooner
 * (peak 2.0 GB). A worker that runs out of it stops, and the main thread makes the rest.
 */
export const WORKER_HEAP_MB = 512;

/** Claim slots, reused round-robin: more than the batches ever pending at once. */
const CLAIM_SLOTS = 64;
/** A slot holds batch × 4 + its state. */
export const CLAIM = { free: 0, worker: 1, main: 2 } as const;

export interface BuildWorkerData {
  module: string;
  port: MessagePort;
  claims: Int32Array;
  /** Counter the worker bumps after each batch it answers (the main thread waits on it). */
  answered: Int32Array;
}
/** A batch's extracts travel joined in one string (doc-batch.ts EXTRACT_SEPARATOR). */
export type BuildRequest = { kind: 'batch'; batch: number; extracts: string } | { kind: 'end' };
export type BuildAnswer = { kind: 'encoded'; batch: number; encoded: EncodedBatch } | { kind: 'error'; message: string };

export const claimSlot = (batch: number): number => batch % CLAIM_SLOTS;

interface Pending {
  batch: number;
  ids: string[];
  /** The batch's extracts, joined. */
  extracts: string;
}

export class BuildPipeline {
  private ids: string[] = [];
  private extracts: string[] = [];
  private readonly pending: Pending[] = [];
  private nextBatch = 0;
  private worker?: Worker;
  private port?: MessagePort;
  private readonly claims = new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
  private readonly answered = new Int32Array(new SharedArrayBuffer(4));
  private readonly received = new Map<number, EncodedBatch>();
  /** Batches this thread made ahead, while waiting for the worker. */
  private readonly madeHere = new Map<number, EncodedBatch>();
  /** Batches the worker made (for tests and reports). */
  workerBatches = 0;

  /** `file` writes a batch (on this thread), given the record ids of its documents. */
  constructor(
    private readonly file: (encoded: EncodedBatch, ids: string[]) => void,
    useWorker: boolean,
  ) {
    if (!useWorker) return;
    try {
      const { port1, port2 } = new MessageChannel();
      const workerData: BuildWorkerData = { module: new URL('./build-worker.ts', import.meta.url).href, port: port2, claims: this.claims, answered: this.answered };
      // The boot file registers tsx in the thread, then loads `module`.
      this.worker = new Worker(new URL('./build-worker-boot.mjs', import.meta.url), { workerData, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      this.worker.on('error', () => {}); // its batches are made here
      this.worker.unref();
      this.port = port1;
    } catch {
      this.worker = undefined;
    }
  }

  /** Batches the worker has answered so far (for tests). */
  workerAnswers(): number {
    return Atomics.load(this.answered, 0);
  }

  /** Queues one record.add (its record id and its extract: doc-batch.ts); writes batches as they are ready. */
  push(recordId: string, extract: string): void {
    this.ids.push(recordId);
    this.extracts.push(extract);
    if (this.ids.length >= pipelineLimits.batch) this.post();
  }

  /**
   * Queues record.adds as one batch, their extracts already joined (EXTRACT_SEPARATOR), after
   * the records pushed before them.
   */
  pushJoined(recordIds: string[], joined: string): void {
    if (this.ids.length > 0) this.post();
    if (recordIds.length > 0) this.postBatch(recordIds, joined);
  }

  /** Writes every record pushed so far. */
  drain(): void {
    if (this.ids.length > 0) this.post();
    while (this.pending.length > 0) this.fileOldest();
  }

  /** Writes what is pushed and stops the worker. */
  close(): void {
    this.drain();
    this.stop();
  }

  /** Stops the worker without writing anything more (a rolled-back build). */
  stop(): void {
    if (!this.worker) return;
    this.port!.postMessage({ kind: 'end' } satisfies BuildRequest);
    this.port!.close();
    void this.worker.terminate();
    this.worker = undefined;
    this.port = undefined;
  }

  private post(): void {
    const { ids, extracts } = this;
    this.ids = [];
    this.extracts = [];
    this.postBatch(ids, extracts.join(EXTRACT_SEPARATOR));
  }

  private postBatch(ids: string[], extracts: string): void {
    const pending: Pending = { batch: this.nextBatch++, ids, extracts };
    Atomics.store(this.claims, claimSlot(pending.batch), pending.batch * 4 + CLAIM.free);
    this.pending.push(pending);
    if (this.worker) this.port!.postMessage({ kind: 'batch', batch: pending.batch, extracts: pending.extracts } satisfies BuildRequest);
    while (this.pending.length > (this.worker ? pipelineLimits.ahead : 0)) this.fileOldest();
  }

  private fileOldest(): void {
    const next = this.pending.shift()!;
    this.file(this.encoded(next), next.ids);
    this.received.delete(next.batch);
  }

  /** A batch, from the worker, or made here when the worker has not claimed it (or failed). */
  private encoded(next: Pending): EncodedBatch {
    const slot = claimSlot(next.batch);
    const free = next.batch * 4 + CLAIM.free;
    let since = performance.now();
    for (;;) {
      this.receive();
      const got = this.received.get(next.batch);
      if (got) {
        this.workerBatches++;
        return got;
      }
      const made = this.madeHere.get(next.batch);
      if (made) {
        this.madeHere.delete(next.batch);
        return made;
      }
      if (!this.worker || Atomics.compareExchange(this.claims, slot, free, next.batch * 4 + CLAIM.main) === free) return encodeBatch(next.extracts);
      // The worker is making it: make the newest batch it has not begun meanwhile (when the
      // worker is the slower, this thread takes its share), else wait for its next answer.
      if (this.makeNewest()) continue;
      const seen = Atomics.load(this.answered, 0);
      this.receive();
      if (this.received.has(next.batch)) continue;
      if (Atomics.wait(this.answered, 0, seen, 50) !== 'timed-out') since = performance.now();
      else if (performance.now() - since > WORKER_STALL_MS) {
        this.stop();
        return encodeBatch(next.extracts);
      }
    }
  }

  /** Makes here the newest pending batch no thread has claimed; false when there is none. */
  private makeNewest(): boolean {
    for (let p = this.pending.length - 1; p >= 0; p--) {
      const { batch, extracts } = this.pending[p]!;
      const free = batch * 4 + CLAIM.free;
      const claim = Atomics.compareExchange(this.claims, claimSlot(batch), free, batch * 4 + CLAIM.main);
      if (claim === free) {
        this.madeHere.set(batch, encodeBatch(extracts));
        return true;
      }
      // The worker takes batches in order: below one it claimed, it has claimed all.
      if (claim === batch * 4 + CLAIM.worker) return false;
    }
    return false;
  }

  /** Takes the worker's answers that have arrived. */
  private receive(): void {
    if (!this.port) return;
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const answer = m.message as BuildAnswer;
      if (answer.kind === 'error') {
        // Its claimed batches are made here from now on.
        this.stop();
        return;
      }
      this.received.set(answer.batch, answer.encoded);
    }
  }
}
