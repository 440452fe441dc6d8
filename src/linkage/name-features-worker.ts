/**
 * A worker thread computing name features for encoding (./name-features-queue.ts): answers
 * each batch it can claim, in order, until told the requests have ended.
 */
import { workerData } from 'node:worker_threads';
import { nameFeature } from './name-features.ts';
import { CLAIM, type FeatureRequestMessage, type FeatureResultMessage, type NameFeaturesWorkerData } from './name-features-queue.ts';

const { claims, port } = workerData as NameFeaturesWorkerData;
const answer = (message: FeatureResultMessage) => port.postMessage(message);
port.on('message', (message: FeatureRequestMessage) => {
  if (message.kind === 'end') {
    port.close();
    return;
  }
  // The main thread took this batch (it finished reading records first): skip it.
  if (Atomics.compareExchange(claims, message.batch, CLAIM.free, CLAIM.taken) !== CLAIM.free) return;
  try {
    answer({ kind: 'results', batch: message.batch, json: JSON.stringify(message.kinds.map((kind, k) => nameFeature(kind, message.texts[k]!))) });
  } catch (error) {
    answer({ kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
    port.close();
  }
});
