import { describe, expect, it } from 'vitest';
import { run } from '../../src/batch/batch.js';
import { workerProcessTasks } from '../../src/batch/pool.js';

// One PDF alone (the command line without --timeout) is read in this process: no second Node
// start-up. What PDFium refuses still goes to a worker process, where pdf.js can be stopped.
// Both ways give the same report as a worker process does.
const DECREE = 'fixtures/decrees/sample-decree.pdf';
/** PDFium refuses it (a format error); pdf.js, in a worker process, says what is wrong. */
const REFUSED = 'fixtures/decrees/decree-truncated.pdf';

async function counted(source: string, oneFileHere: boolean) {
  const before = workerProcessTasks();
  const report = await run([source], { oneFileHere });
  return { report, workers: workerProcessTasks() - before };
}

describe('one PDF alone', () => {
  it('is read here, with no worker process, into the report a worker process gives', async () => {
    const here = await counted(DECREE, true);
    expect(here.workers).toBe(0);
    expect(here.report.documents[0]?.status).toBe('ok');
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

  it('goes to a worker process beside other inputs', async () => {
    const before = workerProcessTasks();
    await run([DECREE, 'fixtures/rosters/sample-roster.csv'], { oneFileHere: true });
    expect(workerProcessTasks() - before).toBe(1);
  }, 60_000);
});
