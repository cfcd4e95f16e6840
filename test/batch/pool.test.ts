import { afterEach, describe, expect, it } from 'vitest';
import { TaskTimeout, WorkerPool } from '../../src/batch/pool.js';

// The pool of worker processes, with a stand-in worker that answers after a given time: which
// worker got what, and when a worker was sent its next task before it answered the one under way.
const ECHO = new URL('./fixtures/echo-worker.mjs', import.meta.url);

interface Task {
  id: number;
  ms?: number;
  exit?: number;
}
interface Answer {
  id: number;
  pid: number;
  received: number;
}

let pool: WorkerPool<Task, Answer>;
afterEach(() => pool.close());

describe('WorkerPool', () => {
  it('sends a busy worker its next task ahead while more wait than there are workers; answers keep their tasks', async () => {
    pool = new WorkerPool<Task, Answer>(ECHO);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, id) => pool.run({ id, ms: 20 }, undefined, undefined, 2)),
    );
    expect(answers.map((answer) => answer.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(answers.map((answer) => answer.pid)).size).toBe(2);
    // Each worker's answer said how many tasks it had been sent: ahead of its answers.
    const perWorker = new Map<number, number>();
    let ahead = 0;
    for (const answer of answers) {
      const answered = (perWorker.get(answer.pid) ?? 0) + 1;
      perWorker.set(answer.pid, answered);
      if (answer.received > answered) ahead++;
    }
    expect(ahead).toBeGreaterThan(0);
  });

  it('sends nothing ahead when no more tasks wait than there are workers', async () => {
    pool = new WorkerPool<Task, Answer>(ECHO);
    const answers = await Promise.all([0, 1].map((id) => pool.run({ id, ms: 20 }, undefined, undefined, 2)));
    expect(answers.map((answer) => answer.received)).toEqual([1, 1]);
  });

  it('fails only the task a dying worker was reading; the one sent ahead to it goes to another worker', async () => {
    pool = new WorkerPool<Task, Answer>(ECHO);
    // One worker: the task after the one that kills it was sent ahead, and must still be answered.
    const dying = pool.run({ id: 0, exit: 3 }, undefined, undefined, 1);
    const next = pool.run({ id: 1 }, undefined, undefined, 1);
    const third = pool.run({ id: 2 }, undefined, undefined, 1);
    await expect(dying).rejects.toThrow(/exit code 3/);
    expect((await next).id).toBe(1);
    expect((await third).id).toBe(2);
  });

  it("starts a task's time limit when its worker starts it, not when it is sent ahead", async () => {
    pool = new WorkerPool<Task, Answer>(ECHO);
    // Both to one worker: the second waits 3 s behind the first, longer than its own limit. The
    // limit leaves an echo 2.5 s once it starts, so that a busy machine does not fail it.
    const first = pool.run({ id: 0, ms: 3000 }, 10_000, undefined, 1);
    const second = pool.run({ id: 1 }, 2500, undefined, 1);
    const third = pool.run({ id: 2 }, 2500, undefined, 1);
    expect((await first).id).toBe(0);
    expect((await second).id).toBe(1);
    expect((await third).id).toBe(2);
    // And a task past its own limit is still stopped.
    await expect(pool.run({ id: 3, ms: 60_000 }, 200, undefined, 1)).rejects.toBeInstanceOf(TaskTimeout);
  });
});
