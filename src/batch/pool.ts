import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface Task<In, Out> {
  input: In;
  timeoutMs: number | undefined;
  /** Messages a worker sends before its result (`{ progress }`), for a progress line. */
  onProgress: ((progress: unknown) => void) | undefined;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

/** A task that ran past its time: its worker was stopped, whatever it was doing. */
export class TaskTimeout extends Error {
  constructor(readonly ms: number) {
    super(`took more than ${ms / 1000} s`);
  }
}

interface Slot<In, Out> {
  worker: ChildProcess;
  task: Task<In, Out> | null;
  timer: NodeJS.Timeout | null;
}

/**
 * A fixed set of worker processes, each running one task at a time; tasks wait their turn in order.
 * A worker that dies (a crash, out of memory) fails its task and is replaced, so the batch goes on;
 * so is one whose task runs past its time limit.
 *
 * Processes, not threads: a loop inside a PDF engine can be stuck in one long built-in call (an
 * `indexOf` over a huge sparse array), which a terminated thread finishes before it stops, and
 * Node joins every thread before the process exits, `process.exit` included: the report was out,
 * but the process lived on for minutes. A process is killed at once.
 */
export class WorkerPool<In, Out> {
  readonly #file: string;
  readonly #size: number;
  readonly #slots: Slot<In, Out>[] = [];
  readonly #queue: Task<In, Out>[] = [];
  #closed = false;
  /** Workers die with this process, however it ends (`process.exit` on a closed pipe too). */
  readonly #killAll = () => {
    for (const slot of this.#slots) slot.worker.kill('SIGKILL');
  };

  constructor(file: URL, size: number) {
    this.#file = fileURLToPath(file);
    this.#size = Math.max(1, size);
  }

  run(input: In, timeoutMs?: number, onProgress?: (progress: unknown) => void): Promise<Out> {
    if (this.#closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<Out>((resolve, reject) => {
      this.#queue.push({ input, timeoutMs, onProgress, resolve, reject });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const slots = this.#slots.splice(0);
    process.off('exit', this.#killAll);
    await Promise.all(
      slots.map(({ worker }) => {
        if (worker.exitCode !== null || worker.signalCode !== null) return undefined;
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        // Waited for, so held: an unreferenced child's exit would not keep this process up to see it.
        worker.ref();
        worker.kill('SIGKILL');
        return exited;
      }),
    );
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((candidate) => candidate.task === null);
      if (!slot && this.#slots.length < this.#size) slot = this.#spawn();
      if (!slot) return;
      const task = this.#queue.shift() as Task<In, Out>;
      slot.task = task;
      hold(slot.worker, true);
      slot.worker.send(task.input as object);
      if (task.timeoutMs !== undefined) {
        const target = slot;
        target.timer = setTimeout(
          () => this.#stop(target, new TaskTimeout(task.timeoutMs as number)),
          task.timeoutMs,
        );
      }
    }
  }

  #spawn(): Slot<In, Out> {
    if (this.#slots.length === 0) process.on('exit', this.#killAll);
    const worker = fork(this.#file, [], {
      // Not the parent's command-line flags: `node -e` or `--input-type` would stop a worker from starting.
      execArgv: [],
      // Structured clone, as between threads: a document keeps its undefined fields and its types.
      serialization: 'advanced',
      // Standard output is the report's: anything a worker prints goes to standard error.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    const slot: Slot<In, Out> = { worker, task: null, timer: null };
    worker.on('message', (output: Out) => {
      if (typeof output === 'object' && output !== null && 'progress' in output) {
        slot.task?.onProgress?.((output as { progress: unknown }).progress);
        return;
      }
      const task = this.#release(slot);
      hold(worker, false);
      task?.resolve(output);
      this.#dispatch();
    });
    worker.on('error', (error) => this.#stop(slot, error));
    worker.on('exit', (code, signal) =>
      this.#stop(slot, new Error(`worker process stopped (${signal ?? `exit code ${code}`})`)),
    );
    // Only a busy worker keeps the process alive: an idle one must not hold it open after the batch.
    hold(worker, false);
    this.#slots.push(slot);
    return slot;
  }

  #release(slot: Slot<In, Out>): Task<In, Out> | null {
    const task = slot.task;
    slot.task = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    return task;
  }

  /** Fails the slot's task, if any, and kills its worker: a fresh one takes the next task. */
  #stop(slot: Slot<In, Out>, error: Error): void {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return;
    this.#slots.splice(index, 1);
    if (this.#slots.length === 0) process.off('exit', this.#killAll);
    const task = this.#release(slot);
    hold(slot.worker, false);
    slot.worker.kill('SIGKILL');
    task?.reject(error);
    if (!this.#closed) this.#dispatch();
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
