import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

let tasks = 0;

/** How many tasks this process has handed to worker processes (a test sees which files needed one). */
export function workerProcessTasks(): number {
  return tasks;
}

/** A task that ran past its time: its worker was stopped, whatever it was doing. */
export class TaskTimeout extends Error {
  constructor(readonly ms: number) {
    super(`took more than ${ms / 1000} s`);
  }
}

interface Task<Out> {
  /** Messages a worker sends before its result (`{ progress }`), for a progress line. */
  onProgress: ((progress: unknown) => void) | undefined;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<Out> {
  worker: ChildProcess;
  task: Task<Out> | null;
  /** The time limit of the task, or how long an idle worker waits for the next one. */
  timer: NodeJS.Timeout | null;
}

/**
 * Worker processes, each running one task at a time: an idle one takes the next task, warm (a PDF
 * engine loaded and compiled takes seconds to start again), and ends after a few idle seconds. The
 * caller bounds how many tasks run at once (`limit`). A worker that dies (a crash, out of memory)
 * fails its task, and so is one whose task runs past its time limit: it is killed. A worker may
 * answer with `retire: true` and end itself (its PDF engine aborted): it takes no next task.
 *
 * Processes, not threads: a loop inside a PDF engine can be stuck in one long built-in call (an
 * `indexOf` over a huge sparse array), which a terminated thread finishes before it stops, and
 * Node joins every thread before the process exits, `process.exit` included: the report was out,
 * but the process lived on for minutes. A process is killed at once.
 */
export class WorkerPool<In, Out> {
  readonly #file: string;
  readonly #idleMs: number;
  readonly #slots: Slot<Out>[] = [];
  /** Workers die with this process, however it ends (`process.exit` on a closed pipe too). */
  readonly #killAll = () => {
    for (const slot of this.#slots) slot.worker.kill('SIGKILL');
  };

  constructor(file: URL, idleMs = 5000) {
    this.#file = fileURLToPath(file);
    this.#idleMs = idleMs;
  }

  run(input: In, timeoutMs?: number, onProgress?: (progress: unknown) => void): Promise<Out> {
    const slot = this.#slots.find((candidate) => candidate.task === null) ?? this.#spawn();
    tasks++;
    return new Promise<Out>((resolve, reject) => {
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.task = { onProgress, resolve, reject };
      hold(slot.worker, true);
      slot.worker.send(input as object);
      if (timeoutMs !== undefined)
        slot.timer = setTimeout(() => this.#stop(slot, new TaskTimeout(timeoutMs)), timeoutMs);
    });
  }

  /** Kills every worker, busy or not, and waits until they are gone. */
  async close(): Promise<void> {
    const slots = this.#slots.splice(0);
    process.off('exit', this.#killAll);
    await Promise.all(slots.map((slot) => this.#kill(slot)));
  }

  #spawn(): Slot<Out> {
    if (this.#slots.length === 0) process.on('exit', this.#killAll);
    // Loaded here: a run without PDFs never needs child_process (a faster start; README, Fast start).
    const { fork } = process.getBuiltinModule('node:child_process');
    const worker = fork(this.#file, [], {
      // Not the parent's command-line flags: `node -e` or `--input-type` would stop a worker from starting.
      execArgv: [],
      // Structured clone, as between threads: a document keeps its undefined fields and its types.
      serialization: 'advanced',
      // Standard output is the report's: anything a worker prints goes to standard error.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    const slot: Slot<Out> = { worker, task: null, timer: null };
    worker.on('message', (output: Out) => {
      if (typeof output === 'object' && output !== null && 'progress' in output) {
        slot.task?.onProgress?.((output as { progress: unknown }).progress);
        return;
      }
      const task = slot.task;
      if (slot.timer) clearTimeout(slot.timer);
      slot.task = null;
      // Only a busy worker keeps the process alive: an idle one must not hold it open after the batch.
      hold(worker, false);
      if (typeof output === 'object' && output !== null && (output as { retire?: unknown }).retire === true) {
        this.#slots.splice(this.#slots.indexOf(slot), 1);
        if (this.#slots.length === 0) process.off('exit', this.#killAll);
      } else slot.timer = setTimeout(() => this.#stop(slot, null), this.#idleMs).unref();
      task?.resolve(output);
    });
    worker.on('error', (error) => this.#stop(slot, error));
    worker.on('exit', (code, signal) =>
      this.#stop(slot, new Error(`worker process stopped (${signal ?? `exit code ${code}`})`)),
    );
    this.#slots.push(slot);
    return slot;
  }

  /** Fails the slot's task, if any, and kills its worker: a fresh one takes the next task. */
  #stop(slot: Slot<Out>, error: Error | null): void {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return;
    this.#slots.splice(index, 1);
    if (this.#slots.length === 0) process.off('exit', this.#killAll);
    const task = slot.task;
    slot.task = null;
    void this.#kill(slot);
    if (task) task.reject(error ?? new Error('worker process stopped'));
  }

  #kill(slot: Slot<Out>): Promise<unknown> {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const { worker } = slot;
    if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    // Held until it is gone (at once: SIGKILL), so that a caller awaiting this sees it end.
    worker.ref();
    worker.kill('SIGKILL');
    return exited;
  }
}

/** A child process and its message channel keep the event loop alive only while it has a task. */
function hold(worker: ChildProcess, busy: boolean): void {
  if (busy) {
    worker.ref();
    worker.channel?.ref();
  } else {
    worker.unref();
    worker.channel?.unref();
  }
}

/** At most `size` calls of `run` at a time; the others wait their turn, in order. */
export function limit<A extends unknown[], R>(
  size: number,
  run: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (...args) => {
    if (running < Math.max(1, size)) running++;
    // A call that ends hands its place to the first waiting, so that none can jump the queue.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await run(...args);
    } finally {
      const first = waiting.shift();
      if (first) first();
      else running--;
    }
  };
}

const shared = new Map<string, WorkerPool<unknown, unknown>>();

/** The pool of workers running `file`, one for the whole process, so that batches find them warm. */
export function sharedPool<In, Out>(file: URL): WorkerPool<In, Out> {
  let pool = shared.get(file.href);
  if (!pool) {
    pool = new WorkerPool(file);
    shared.set(file.href, pool);
  }
  return pool as WorkerPool<In, Out>;
}
