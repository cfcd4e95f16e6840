import { parentPort } from 'node:worker_threads';
import { checkInput, type RunOptions } from '../run.js';
import type { WorkerProgress, WorkerRequest, WorkerResponse } from './protocol.js';

/** A worker thread: checks the file it is sent with the options it is given, and sends the document back. */
parentPort?.on('message', async ({ source, options }: WorkerRequest) => {
  const stacks: string[] = [];
  const onOcrPage = (done: number, total: number) => {
    const message: WorkerProgress = { progress: { done, total } };
    parentPort?.postMessage(message);
  };
  const runOptions: RunOptions = {
    ...options,
    ...(options.pdf?.ocr ? { pdf: { ...options.pdf, onOcrPage } } : {}),
    onInternalError: (_source, error) => {
      stacks.push(error instanceof Error && error.stack ? error.stack : String(error));
    },
  };
  const document = await checkInput(source, runOptions);
  const response: WorkerResponse = { document, stacks };
  parentPort?.postMessage(response);
});
