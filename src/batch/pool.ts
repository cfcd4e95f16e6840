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

interface Task<In, Out> {
  input: In;
  timeoutMs: number | undefined;
  /** Workers the caller allows (its --jobs): more are started for its tasks up to this many. */
  workers: number;
  /** Messages a worker sends before its result (`{ progress }`), for a progress line. */
  onProgress: ((progress: unknown) => void) | undefined;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<In, Out> {
  worker: ChildProcess;
  /** Sent to the worker, in the order sent; it reads them one at a time, the first now. */
  tasks: Task<In, Out>[];
  /** The time limit of the task under way, or how long an idle worker waits for the next one. */
  timer: NodeJS.Timeout | null;
}

/** Tasks a worker holds at most: the one it reads and the next, sent ahead. */
const DEPTH = 2;

/**
 * Worker processes, each reading one task at a time: an idle one takes the next task, warm (a PDF
 * engine loaded and compiled takes seconds to start again), and ends after a few idle seconds. Up
 * to `workers` (given with each task) are started. While more tasks wait than there are workers, a
 * busy worker is sent its next task ahead, so that it starts it as soon as it is done instead of
 * waiting for its answer to cross to this process and the next task to cross back (the last tasks
 * go only to idle workers, so that none waits behind another while a worker has nothing to do).
 * A worker that dies (a crash, out of memory) fails the task under way, and so is one whose task
 * runs past its time limit: it is killed; tasks sent ahead to it go to another. A worker may answer
 * with `retire: true` and end itself (its PDF engine aborted): it takes no next task.
 *
 * Processes, not threads: a loop inside a PDF engine can be stuck in one long built-in call (an
 * `indexOf` over a huge sparse array), which a terminated thread finishes before it stops, and
 * Node joins every thread before the process exits, `process.exit` included: the report was out,
 * but the process lived on for minutes. A process is killed at once.
 */
export class WorkerPool<In, Out> {
  readonly #file: string;
  readonly #idleMs: number;
  readonly #slots: Slot<In, Out>[] = [];
  /** Tasks not yet sent to a worker, in order. */
  readonly #waiting: Task<In, Out>[] = [];
  /** Workers die with this process, however it ends (`process.exit` on a closed pipe too). */
  readonly #killAll = () => {
    for (const slot of this.#slots) end(slot.worker);
  };

  constructor(file: URL, idleMs = 5000) {
    this.#file = fileURLToPath(file);
    this.#idleMs = idleMs;
  }

  /** Runs `input` in a worker, one of at most `workers`; tasks start in the order they are given. */
  run(input: In, timeoutMs?: number, onProgress?: (progress: unknown) => void, workers = 1): Promise<Out> {
    tasks++;
    return new Promise<Out>((resolve, reject) => {
      this.#waiting.push({ input, timeoutMs, workers: Math.max(1, workers), onProgress, resolve, reject });
      this.#pump();
    });
  }

  /** Kills every worker, busy or not, and waits until they are gone. */
  async close(): Promise<void> {
    const slots = this.#slots.splice(0);
    process.off('exit', this.#killAll);
    await Promise.all(slots.map((slot) => this.#kill(slot)));
  }

  /** Sends waiting tasks to workers: an idle one, a new one, or (with more waiting) a busy one's next. */
  #pump(): void {
    for (let task = this.#waiting[0]; task; task = this.#waiting[0]) {
      let slot = this.#slots.find((candidate) => candidate.tasks.length === 0);
      if (!slot && this.#slots.length < task.workers) slot = this.#spawn();
      if (!slot && this.#waiting.length > task.workers) {
        const ahead = this.#slots.filter((candidate) => candidate.tasks.length < DEPTH);
        slot = ahead.sort((a, b) => a.tasks.length - b.tasks.length)[0];
      }
      if (!slot) return;
      this.#waiting.shift();
      slot.tasks.push(task);
      hold(slot.worker, true);
      slot.worker.send(task.input as object);
      if (slot.tasks.length === 1) this.#startClock(slot);
    }
  }

  /** The time limit of the slot's task under way (from when it starts), or the idle timer. */
  #startClock(slot: Slot<In, Out>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.tasks[0];
    if (!task) {
      // Only a busy worker keeps the process alive: an idle one must not hold it open after the batch.
      hold(slot.worker, false);
      slot.timer = setTimeout(() => this.#stop(slot, null), this.#idleMs).unref();
    } else if (task.timeoutMs !== undefined) {
      const ms = task.timeoutMs;
      slot.timer = setTimeout(() => this.#stop(slot, new TaskTimeout(ms)), ms);
    }
  }

  #spawn(): Slot<In, Out> {
    if (this.#slots.length === 0) process.on('exit', this.#killAll);
    // Loaded here: a run without PDFs never needs child_process (a faster start; docs/speed.md).
    const { fork } = process.getBuiltinModule('node:child_process');
    const worker = fork(this.#file, [], {
      // Not the parent's command-line flags: `node -e` or `--input-type` would stop a worker from starting.
      execArgv: workerFlags(),
      // Structured clone, as between threads: a document keeps its undefined fields and its types.
      serialization: 'advanced',
      // Standard output is the report's: anything a worker prints goes to standard error.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    const slot: Slot<In, Out> = { worker, tasks: [], timer: null };
    worker.on('message', (output: Out) => {
      if (typeof output === 'object' && output !== null && 'progress' in output) {
        slot.tasks[0]?.onProgress?.((output as { progress: unknown }).progress);
        return;
      }
      const task = slot.tasks.shift();
      if (typeof output === 'object' && output !== null && (output as { retire?: unknown }).retire === true) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        this.#remove(slot);
        hold(worker, false);
        this.#resend(slot);
      } else this.#startClock(slot);
      task?.resolve(output);
      this.#pump();
    });
    worker.on('error', (error) => this.#stop(slot, error));
    worker.on('exit', (code, signal) =>
      this.#stop(slot, new Error(`worker process stopped (${signal ?? `exit code ${code}`})`)),
    );
    this.#slots.push(slot);
    return slot;
  }

  #remove(slot: Slot<In, Out>): boolean {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return false;
    this.#slots.splice(index, 1);
    if (this.#slots.length === 0) process.off('exit', this.#killAll);
    return true;
  }

  /** Tasks sent ahead to a worker that is gone go back to the front of the queue, in order. */
  #resend(slot: Slot<In, Out>): void {
    this.#waiting.unshift(...slot.tasks.splice(0));
  }

  /** Fails the slot's task under way, if any, and kills its worker: a fresh one takes the next task. */
  #stop(slot: Slot<In, Out>, error: Error | null): void {
    if (!this.#remove(slot)) return;
    const task = slot.tasks.shift();
    this.#resend(slot);
    void this.#kill(slot);
    if (task) task.reject(error ?? new Error('worker process stopped'));
    this.#pump();
  }

  #kill(slot: Slot<In, Out>): Promise<unknown> {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const { worker } = slot;
    if (worker.exitCode !== null || worker.signalCode !== null) return Promise.resolve();
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    // Held until it is gone (at once: SIGKILL), so that a caller awaiting this sees it end.
    worker.ref();
    end(worker);
    return exited;
  }
}

/**
 * Node flags of a worker process: none of the parent's. A small young generation: a worker makes
 * short-lived objects by the million (a page's glyphs, its lines and cells), and with semi-spaces
 * of 4 MB instead of up to 16 its peak memory was ~20 MB lower (125-130 MB against 145-150 in a
 * batch of 60 decrees) and the batch no slower (faster in five rounds of five side by side, on a
 * busy machine). `SK_CHECK_WORKER_FLAGS` (space-separated) adds more, to profile or measure
 * (`--cpu-prof --cpu-prof-dir=prof`).
 */
function workerFlags(): string[] {
  return ['--max-semi-space-size=4', ...(process.env.SK_CHECK_WORKER_FLAGS ?? '').split(' ').filter(Boolean)];
}

/**
 * Ends a worker at once; one that writes a profile is told to end (it exits when its channel
 * closes), since a killed process writes none.
 */
function end(worker: ChildProcess): void {
  if (workerFlags().some((flag) => /^--(cpu|heap)-prof/.test(flag)) && worker.connected) worker.disconnect();
  else worker.kill('SIGKILL');
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
