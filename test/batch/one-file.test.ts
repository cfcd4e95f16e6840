import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { workerProcessTasks } from '../../src/batch/pool.js';
import type { Limits } from '../../src/limits.js';

// One PDF alone (the command line always asks for this) is read by PDFium in this process: no
// second Node start-up, and PDFium is stopped at the time limit even inside a page (V8's watchdog).
// What PDFium refuses still goes to a worker process, where pdf.js can be stopped. Both ways give
// the same report as a worker process does.
const DECREE = 'fixtures/decrees/sample-decree.pdf';
/** One page that keeps PDFium busy for seconds to minutes (test/fuzz/make-slow-page.mjs). */
const SLOW_PAGE = 'test/fuzz/hangs/slow-page-2m-strokes.pdf';
/** PDFium refuses it (a format error); pdf.js, in a worker process, says what is wrong. */
const REFUSED = 'fixtures/decrees/decree-truncated.pdf';

async function counted(source: string, oneFileHere: boolean, limits: Partial<Limits> = {}) {
  const before = workerProcessTasks();
  const report = await run([source], { oneFileHere, limits });
  return { report, workers: workerProcessTasks() - before };
}

describe('one PDF alone', () => {
  it('is read here, with no worker process, into the report a worker process gives', async () => {
    const here = await counted(DECREE, true);
    expect(here.workers).toBe(0);
    expect(here.report.documents[0]?.status).toBe('verified');
    expect(here.report.documents[0]?.appointees.length).toBeGreaterThan(0);
    const inWorker = await counted(DECREE, false);
    expect(inWorker.workers).toBe(1);
    expect(here.report).toEqual(inWorker.report);
  }, 60_000);

  it('goes to a worker process when PDFium refuses it, with the same report', async () => {
    const here = await counted(REFUSED, true);
    expect(here.workers).toBe(1);
    const inWorker = await run([REFUSED], {});
    expect(here.report).toEqual(inWorker);
    expect(here.report.documents[0]?.status).toBe('unreadable');
  }, 60_000);

  it('is stopped at the time limit while PDFium is inside its one page', async () => {
    // The reader's own clock is checked between pages only: before the watchdog, this read went on
    // past the limit to the end of the page (and the vitest timeout).
    const { report, workers } = await counted(SLOW_PAGE, true, { timeout: 1 });
    expect(workers).toBe(0);
    const [doc] = report.documents;
    expect(doc?.status).toBe('unreadable');
    expect(doc?.findings.map((finding) => [finding.code, finding.message])).toEqual([
      ['limit-exceeded', 'reading took longer than --timeout 1 s'],
    ]);
    // The engine stopped midway is dropped: the next file gets a fresh one and reads as before.
    const next = await counted(DECREE, true);
    expect(next.workers).toBe(0);
    expect(next.report.documents[0]?.status).toBe('verified');
  }, 30_000);

  it('goes to a worker process beside other inputs', async () => {
    const before = workerProcessTasks();
    await run([DECREE, 'fixtures/rosters/sample-roster.csv'], { oneFileHere: true });
    expect(workerProcessTasks() - before).toBe(1);
  }, 60_000);
});
