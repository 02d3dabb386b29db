// A worker thread starts without the tsx loader its parent runs under (bin/stratmap.js registers
// it through tsx's API, which a worker does not inherit), so it registers tsx itself and then
// loads the TypeScript job module it was started for.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
