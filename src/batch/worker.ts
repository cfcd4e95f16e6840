import { checkInput, type RunOptions } from '../run.js';
import type { WorkerProgress, WorkerRequest, WorkerResponse } from './protocol.js';

/** A worker process: checks the file it is sent with the options it is given, and sends the document back. */
const send = (message: WorkerProgress | WorkerResponse) => {
  if (process.connected) process.send?.(message);
};

process.on('message', async ({ source, options }: WorkerRequest) => {
  const stacks: string[] = [];
  const onOcrPage = (done: number, total: number) => send({ progress: { done, total } });
  const runOptions: RunOptions = {
    ...options,
    ...(options.pdf?.ocr ? { pdf: { ...options.pdf, onOcrPage } } : {}),
    onInternalError: (_source, error) => {
      stacks.push(error instanceof Error && error.stack ? error.stack : String(error));
    },
  };
  const document = await checkInput(source, runOptions);
  send({ document, stacks });
});

// The batch that started this process is gone: nothing is waiting for what it would send.
process.on('disconnect', () => process.exit(0));
