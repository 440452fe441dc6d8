/**
 * A worker thread computing name features for encoding (./name-features-queue.ts): answers
 * each batch of requests in order, until told the requests have ended.
 */
import { workerData } from 'node:worker_threads';
import { nameFeature } from './name-features.ts';
import { FEATURE_CONTROL, type FeatureRequestMessage, type FeatureResultMessage, type NameFeaturesWorkerData } from './name-features-queue.ts';

const { control, port } = workerData as NameFeaturesWorkerData;
const answer = (message: FeatureResultMessage) => {
  port.postMessage(message);
  Atomics.add(control, FEATURE_CONTROL.answered, 1);
  Atomics.notify(control, FEATURE_CONTROL.answered);
};
Atomics.store(control, FEATURE_CONTROL.started, 1);
port.on('message', (message: FeatureRequestMessage) => {
  if (message.kind === 'end') {
    port.close();
    return;
  }
  try {
    answer({ kind: 'results', results: message.kinds.map((kind, k) => nameFeature(kind, message.texts[k]!)) });
  } catch (error) {
    answer({ kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) });
    port.close();
  }
});
