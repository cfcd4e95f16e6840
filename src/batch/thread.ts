import { parentPort } from 'node:worker_threads';
import { saidList } from '../i18n/said.js';
import { PdfiumRefused } from '../pdf/pdfium.js';
import { checkInput } from '../run.js';
import type { ThreadAnswer, WorkerRequest } from './protocol.js';

/**
 * The worker thread that reads one PDF alone (`sk-check decree.pdf`): PDFium only, no pdf.js. A
 * thread starts without a second Node process, and unlike this process's main thread it can be
 * stopped at the time limit while PDFium is busy inside one page (a terminated thread stops its
 * WebAssembly at the next loop). A file PDFium refuses is answered `refused`, and read by a worker
 * process, where pdf.js can be killed.
 */
parentPort?.once('message', async ({ source, options }: WorkerRequest) => {
  const stacks: string[] = [];
  let refused = false;
  const document = await checkInput(source, {
    ...options,
    pdf: { ...options.pdf, fallback: false },
    onInternalError: (_source, error) => {
      if (error instanceof PdfiumRefused) refused = true;
      else stacks.push(error instanceof Error && error.stack ? error.stack : String(error));
    },
  });
  const answer: ThreadAnswer = refused
    ? { refused }
    : { document, stacks, said: saidList(document.findings) };
  parentPort?.postMessage(answer);
});
