/**
 * The names layer's work for encoding on a second thread: while the main thread reads records
 * (Map lookups, dates, places), every distinct name it meets is sent in batches to a worker
 * thread that romanises and keys it (./name-features.ts), half of encoding's time. When the
 * records are read, this thread takes the batches the worker has not begun, from the last one
 * down, so the two finish together. Each batch is claimed once through a shared array, by
 * whichever thread gets to it first. A worker that never starts, fails or stalls leaves its
 * batches to this thread, which computes them with the same functions: the answer never
 * depends on where it was computed.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { nameFeature, type FeatureKind, type NameFeature } from './name-features.ts';

/** Requests a batch holds: large enough that messaging costs little, small enough to overlap. */
export const FEATURE_BATCH = 2048;

/** Most requests one record makes: a surname, a given name and a patronymic, each of the last two with its Latin forms. */
export const MAX_REQUESTS_PER_RECORD = 5;

/**
 * How long `finish` waits for a worker that answers nothing more before computing its claimed
 * batches here too. A batch takes tens of milliseconds; this allows for a heavily loaded machine.
 */
export const FEATURE_STALL_MS = 30_000;

/**
 * Batches the worker may be behind by at the end and still be left to finish them alone: this
 * thread's first names-layer calls load its tables (about half a second), more than the worker
 * takes for a few batches.
 */
export const WORKER_LAG_BATCHES = 8;

/** A batch's claim: free, or taken by one of the threads. */
export const CLAIM = { free: 0, taken: 1 } as const;

export interface NameFeaturesWorkerData {
  module: string;
  /** One slot per batch (CLAIM), claimed with compareExchange. */
  claims: Int32Array;
  port: MessagePort;
}

export type FeatureRequestMessage = { kind: 'batch'; batch: number; kinds: FeatureKind[]; texts: string[] } | { kind: 'end' };
/**
 * A batch's results travel as JSON text: parsing it here costs a fraction of what the
 * structured clone of as many small objects and arrays does (most of this thread's share).
 */
export type FeatureResultMessage = { kind: 'results'; batch: number; json: string } | { kind: 'error'; message: string };

export class NameFeatureQueue {
  private readonly kinds: FeatureKind[] = [];
  private readonly texts: string[] = [];
  private posted = 0;
  private readonly worker?: Worker;
  private readonly port?: MessagePort;
  private readonly claims: Int32Array;
  /** Requests the worker answered (for tests and reports). */
  workerAnswered = 0;

  /**
   * `records`: how many records will make requests (sizes the claims); `useWorker`: start a
   * worker thread (worth it from tens of thousands of records).
   */
  constructor(records: number, useWorker: boolean) {
    this.claims = new Int32Array(new SharedArrayBuffer(4 * (Math.ceil((records * MAX_REQUESTS_PER_RECORD) / FEATURE_BATCH) + 1)));
    if (!useWorker) return;
    const { port1, port2 } = new MessageChannel();
    const workerData: NameFeaturesWorkerData = { module: new URL('./name-features-worker.ts', import.meta.url).href, claims: this.claims, port: port2 };
    // The boot file registers tsx in the thread, then loads `module` (as for the comparison).
    this.worker = new Worker(new URL('./compare-worker-boot.mjs', import.meta.url), { workerData, transferList: [port2] });
    this.worker.on('error', () => {}); // its batches are computed here (finish)
    this.worker.unref();
    this.port = port1;
  }

  /** Batches claimed so far, by either thread (for tests). */
  batchesClaimed(): number {
    let claimed = 0;
    for (let b = 0; b < this.claims.length; b++) if (Atomics.load(this.claims, b) !== CLAIM.free) claimed++;
    return claimed;
  }

  /** Queues a request; returns its number (the index of its result in `finish`'s answer). */
  request(kind: FeatureKind, norm: string): number {
    this.kinds.push(kind);
    this.texts.push(norm);
    if (this.port && this.kinds.length - this.posted * FEATURE_BATCH >= FEATURE_BATCH) this.post();
    return this.kinds.length - 1;
  }

  private post(): void {
    const from = this.posted * FEATURE_BATCH;
    const to = Math.min(this.kinds.length, from + FEATURE_BATCH);
    const message: FeatureRequestMessage = { kind: 'batch', batch: this.posted, kinds: this.kinds.slice(from, to), texts: this.texts.slice(from, to) };
    this.port!.postMessage(message);
    this.posted++;
  }

  private compute(batch: number): NameFeature[] {
    const out: NameFeature[] = [];
    for (let k = batch * FEATURE_BATCH; k < Math.min(this.kinds.length, (batch + 1) * FEATURE_BATCH); k++) out.push(nameFeature(this.kinds[k]!, this.texts[k]!));
    return out;
  }

  /** Every request's feature, in request order. */
  finish(): NameFeature[] {
    const batches = Math.ceil(this.kinds.length / FEATURE_BATCH);
    if (batches >= this.claims.length) throw new Error(`linkage: more name requests than ${MAX_REQUESTS_PER_RECORD} a record`);
    const answers: (NameFeature[] | undefined)[] = new Array(batches);
    if (this.port) while (this.posted < batches) this.post();
    // A worker close behind finishes alone; else this thread takes the batches it has not
    // claimed, from the last down: it works upwards, so once a claim fails every batch below
    // is the worker's.
    let behind = 0;
    while (behind < batches && Atomics.load(this.claims, batches - 1 - behind) === CLAIM.free) behind++;
    const workerClose = this.port !== undefined && behind < batches && behind <= WORKER_LAG_BATCHES;
    for (let b = batches - 1; b >= 0 && !workerClose; b--) {
      if (Atomics.compareExchange(this.claims, b, CLAIM.free, CLAIM.taken) !== CLAIM.free) break;
      answers[b] = this.compute(b);
    }
    if (this.port && this.worker) {
      this.port.postMessage({ kind: 'end' } satisfies FeatureRequestMessage);
      this.collect(answers);
      this.port.close();
      void this.worker.terminate();
    }
    const results: NameFeature[] = [];
    for (let b = 0; b < batches; b++) for (const r of (answers[b] ??= this.compute(b))) results.push(r);
    return results;
  }

  /** Takes the worker's answers until every batch has one, it fails, or it stalls. */
  private collect(answers: (NameFeature[] | undefined)[]): void {
    let missing = 0;
    for (let b = 0; b < answers.length; b++) if (!answers[b]) missing++;
    let since = performance.now();
    const wake = new Int32Array(new SharedArrayBuffer(4));
    while (missing > 0 && performance.now() - since < FEATURE_STALL_MS) {
      for (let m = receiveMessageOnPort(this.port!); m; m = receiveMessageOnPort(this.port!)) {
        const message = m.message as FeatureResultMessage;
        if (message.kind === 'error') return;
        if (!answers[message.batch]) {
          const results = JSON.parse(message.json) as NameFeature[];
          answers[message.batch] = results;
          this.workerAnswered += results.length;
          missing--;
        }
        since = performance.now();
      }
      if (missing > 0) Atomics.wait(wake, 0, 0, 5);
    }
  }
}
