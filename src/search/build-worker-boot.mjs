// Starts the search build's worker thread: TypeScript runs through tsx's loader (as
// bin/unerased.js does), which a worker does not inherit, so the thread registers it before
// loading its module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
