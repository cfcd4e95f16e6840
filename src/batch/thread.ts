import { parentPort } from 'node:worker_threads';
import type { ThreadAnswer, WorkerRequest } from './protocol.js';

/**
 * The worker thread that reads one PDF alone (`sk-check decree.pdf`): PDFium only, no pdf.js. A
 * thread starts without a second Node process, and unlike this process's main thread it can be
 * stopped at the time limit while PDFium is busy inside one page (a terminated thread stops its
 * WebAssembly at the next loop). A file PDFium refuses is answered `refused`, and read by a worker
 * process, where pdf.js can be killed.
 *
 * PDFium's set-up (its 4.6 MB module compiled, on V8's background threads, and instantiated) starts
 * first, before the reader's modules are loaded, and `bin/sk-check.js` starts this thread before it
 * loads the command line: the three overlap. A failure to load the engine is the reader's to report.
 */
const engine = import('../pdf/pdfium.js').then(async (pdfium) => {
  await pdfium.loadPdfium().catch(() => undefined);
  return pdfium;
});
const reader = import('../run.js');
const said = import('../i18n/said.js');

parentPort?.once('message', async ({ source, options }: WorkerRequest) => {
  const [{ PdfiumRefused }, { checkInput }, { saidList }] = await Promise.all([engine, reader, said]);
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
