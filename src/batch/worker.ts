import { saidList } from '../i18n/said.js';
import { pdfiumAborted } from '../pdf/pdfium.js';
import { checkInputs, type RunOptions } from '../run.js';
import type { WorkerProgress, WorkerRequest, WorkerResponse } from './protocol.js';

/**
 * A worker process: checks the files it is sent, one at a time in the order sent, with the options
 * each comes with, and sends each document back. The pool may send the next file before this one is
 * done, so that no time is lost waiting for it between files.
 */
const send = (message: WorkerProgress | WorkerResponse) => {
  // A parent killed mid-batch can fail a send (EPIPE) before `disconnect` is seen; with no callback
  // that failure is thrown, a stack trace on the user's terminal. Nothing waits for the answer: end.
  if (process.connected) process.send?.(message, undefined, undefined, (error) => error && process.exit(0));
};

/**
 * `SK_CHECK_WORKER_STATS` names a folder (`npm run bench` sets it): after each file this process
 * writes there, `worker-<pid>.json`, its peak resident memory, CPU time and how long it waited for
 * files; a worker's own figures cannot be seen from outside (it is killed at the end of a batch, and
 * /usr/bin/time sees the command alone).
 */
const statsDir = process.env.SK_CHECK_WORKER_STATS;
const stats = { pid: process.pid, files: 0, maxRssMb: 0, cpuSeconds: 0, startMs: 0, waitingMs: 0 };
let idleSince = 0;
function writeStats(): void {
  if (!statsDir) return;
  const { renameSync, writeFileSync } = process.getBuiltinModule('node:fs');
  const { user, system } = process.cpuUsage();
  stats.maxRssMb = Math.round(process.resourceUsage().maxRSS / 102.4) / 10;
  stats.cpuSeconds = (user + system) / 1e6;
  // Written aside and renamed: the pool may kill this process at any moment once the batch is done.
  const file = `${statsDir}/worker-${process.pid}.json`;
  writeFileSync(`${file}.tmp`, JSON.stringify(stats));
  renameSync(`${file}.tmp`, file);
}

async function check({ source, options }: WorkerRequest): Promise<void> {
  if (statsDir) {
    if (stats.files === 0) stats.startMs = Math.round(performance.now());
    else stats.waitingMs += Math.round(performance.now() - idleSince);
  }
  const stacks: string[] = [];
  const onOcrPage = (done: number, total: number) => send({ progress: { done, total } });
  const runOptions: RunOptions = {
    ...options,
    ...(options.pdf?.ocr ? { pdf: { ...options.pdf, onOcrPage } } : {}),
    onInternalError: (_source, error) => {
      stacks.push(error instanceof Error && error.stack ? error.stack : String(error));
    },
  };
  const documents = await checkInputs(source, runOptions);
  const said = documents.map((document) => saidList(document.findings));
  stats.files++;
  // An aborted PDFium holds up to 2 GB until collected: this process ends once its answer is out
  // (files sent after this one are dropped: the pool sends them to another worker), and the pool
  // starts a fresh one for the next file.
  if (pdfiumAborted()) {
    writeStats();
    const answer = { documents, stacks, said, retire: true };
    if (process.connected) process.send?.(answer, () => process.exit(0));
    else process.exit(0);
    return new Promise(() => undefined);
  }
  send({ documents, stacks, said });
  writeStats();
  idleSince = performance.now();
}

// One file at a time: a file sent while another is read waits its turn. A failure is not caught
// here: as before, it ends the process, and the pool fails that file and sends on the ones after it.
let turn: Promise<void> = Promise.resolve();
process.on('message', (request: WorkerRequest) => {
  turn = turn.then(() => check(request));
});

// The batch that started this process is gone: nothing is waiting for what it would send.
process.on('disconnect', () => process.exit(0));
