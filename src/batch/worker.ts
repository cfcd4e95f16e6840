import { parentPort } from 'node:worker_threads';
import { checkInput, type RunOptions } from '../run.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

/** A worker thread: checks the file it is sent with the options it is given, and sends the document back. */
parentPort?.on('message', async ({ source, options }: WorkerRequest) => {
  const stacks: string[] = [];
  const runOptions: RunOptions = {
    ...options,
    onInternalError: (_source, error) => {
      stacks.push(error instanceof Error && error.stack ? error.stack : String(error));
    },
  };
  const document = await checkInput(source, runOptions);
  const response: WorkerResponse = { document, stacks };
  parentPort?.postMessage(response);
});
