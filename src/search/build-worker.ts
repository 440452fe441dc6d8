/**
 * The worker thread of a build (build-pipeline.ts): makes each batch it can claim, in order,
 * until told the build has ended. Its answers' arrays are transferred, not copied.
 */
import { workerData } from 'node:worker_threads';
import { batchBuffers, encodeBatch } from './doc-batch.ts';
import { CLAIM, claimSlot, type BuildAnswer, type BuildRequest, type BuildWorkerData } from './build-pipeline.ts';

const { port, claims, answered } = workerData as BuildWorkerData;

port.on('message', (request: BuildRequest) => {
  if (request.kind === 'end') {
    port.close();
    return;
  }
  const free = request.batch * 4 + CLAIM.free;
  // The main thread took this batch (it needed it before this thread got to it): skip it.
  if (Atomics.compareExchange(claims, claimSlot(request.batch), free, request.batch * 4 + CLAIM.worker) !== free) return;
  try {
    const encoded = encodeBatch(request.extracts);
    port.postMessage({ kind: 'encoded', batch: request.batch, encoded } satisfies BuildAnswer, batchBuffers(encoded));
  } catch (error) {
    port.postMessage({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies BuildAnswer);
    port.close();
  }
  Atomics.add(answered, 0, 1);
  Atomics.notify(answered, 0);
});
