import { saidList } from '../i18n/said.js';
import { pdfiumAborted } from '../pdf/pdfium.js';
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
  // An aborted PDFium holds up to 2 GB until collected: this process ends once its answer is out,
  // and the pool starts a fresh one for the next file.
  if (pdfiumAborted()) {
    const answer = { document, stacks, said: saidList(document.findings), retire: true };
    if (process.connected) process.send?.(answer, () => process.exit(0));
    else process.exit(0);
    return;
  }
  send({ document, stacks, said: saidList(document.findings) });
});

// The batch that started this process is gone: nothing is waiting for what it would send.
process.on('disconnect', () => process.exit(0));
