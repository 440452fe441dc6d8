/**
 * The names layer's work for encoding on a second thread: while the main thread reads records
 * (Map lookups, dates, places), every distinct name it meets is sent in batches to a worker
 * thread that romanises and keys it (./name-features.ts), half of encoding's time. The results
 * come back in request order; `finish` waits for them synchronously. A worker that has not
 * started by then, fails or stalls is given up: this thread computes what is missing, with the
 * same functions, so the answer never depends on where it was computed.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { nameFeature, type FeatureKind, type NameFeature } from './name-features.ts';

/** Requests a batch holds: large enough that messaging costs little, small enough to overlap. */
export const FEATURE_BATCH = 2048;

/**
 * How long `finish` waits for a worker that posts nothing more before computing the rest on
 * this thread. A batch takes tens of milliseconds; this allows for a heavily loaded machine.
 */
export const FEATURE_STALL_MS = 30_000;

/** Slots of the shared control array: worker started, batches it answered. */
export const FEATURE_CONTROL = { started: 0, answered: 1 } as const;

export interface NameFeaturesWorkerData {
  module: string;
  control: Int32Array;
  port: MessagePort;
}

export type FeatureRequestMessage = { kind: 'batch'; kinds: FeatureKind[]; texts: string[] } | { kind: 'end' };
export type FeatureResultMessage = { kind: 'results'; results: NameFeature[] } | { kind: 'error'; message: string };

export class NameFeatureQueue {
  private readonly kinds: FeatureKind[] = [];
  private readonly texts: string[] = [];
  private posted = 0;
  private readonly worker?: Worker;
  private readonly port?: MessagePort;
  private readonly control = new Int32Array(new SharedArrayBuffer(8));
  /** Where the worker had got to when finish gave up on it (for tests and reports). */
  workerAnswered = 0;

  /** `useWorker`: start a worker thread (worth it from tens of thousands of records). */
  constructor(useWorker: boolean) {
    if (!useWorker) return;
    const { port1, port2 } = new MessageChannel();
    const workerData: NameFeaturesWorkerData = { module: new URL('./name-features-worker.ts', import.meta.url).href, control: this.control, port: port2 };
    // The boot file registers tsx in the thread, then loads `module` (as for the comparison).
    this.worker = new Worker(new URL('./compare-worker-boot.mjs', import.meta.url), { workerData, transferList: [port2] });
    this.worker.on('error', () => {}); // given up on in finish()
    this.worker.unref();
    this.port = port1;
  }

  /** True once the worker thread runs (it may still be loading when the first requests come). */
  get workerStarted(): boolean {
    return Atomics.load(this.control, FEATURE_CONTROL.started) === 1;
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
    const message: FeatureRequestMessage = { kind: 'batch', kinds: this.kinds.slice(from, to), texts: this.texts.slice(from, to) };
    this.port!.postMessage(message);
    this.posted++;
  }

  /** Every request's feature, in request order. */
  finish(): NameFeature[] {
    const results: NameFeature[] = [];
    if (this.port && this.worker) {
      while (this.posted * FEATURE_BATCH < this.kinds.length) this.post();
      this.port.postMessage({ kind: 'end' } satisfies FeatureRequestMessage);
      if (Atomics.load(this.control, FEATURE_CONTROL.started) === 1) this.collect(results);
      this.workerAnswered = results.length;
      this.port.close();
      void this.worker.terminate();
    }
    for (let k = results.length; k < this.kinds.length; k++) results.push(nameFeature(this.kinds[k]!, this.texts[k]!));
    return results;
  }

  /** Takes the worker's answers until all are in, it fails, or it stalls. */
  private collect(results: NameFeature[]): void {
    let since = performance.now();
    for (;;) {
      for (let m = receiveMessageOnPort(this.port!); m; m = receiveMessageOnPort(this.port!)) {
        const message = m.message as FeatureResultMessage;
        if (message.kind === 'error') return;
        for (const r of message.results) results.push(r);
        since = performance.now();
      }
      if (results.length >= this.kinds.length) return;
      if (performance.now() - since > FEATURE_STALL_MS) return;
      const answered = Atomics.load(this.control, FEATURE_CONTROL.answered);
      Atomics.wait(this.control, FEATURE_CONTROL.answered, answered, 20);
    }
  }
}
