import { Worker } from 'node:worker_threads';

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
  worker: Worker;
  task: Task<In, Out> | null;
  timer: NodeJS.Timeout | null;
}

/**
 * A fixed set of worker threads, each running one task at a time; tasks wait their turn in order.
 * A worker that dies (a crash, out of memory) fails its task and is replaced, so the batch goes on;
 * so is one whose task runs past its time limit (a loop in a PDF library cannot be interrupted any
 * other way).
 */
export class WorkerPool<In, Out> {
  readonly #file: URL;
  readonly #size: number;
  readonly #slots: Slot<In, Out>[] = [];
  readonly #queue: Task<In, Out>[] = [];
  #closed = false;

  constructor(file: URL, size: number) {
    this.#file = file;
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
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((candidate) => candidate.task === null);
      if (!slot && this.#slots.length < this.#size) slot = this.#spawn();
      if (!slot) return;
      const task = this.#queue.shift() as Task<In, Out>;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage(task.input);
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
    // Not the parent's command-line flags: `node -e` or `--input-type` would stop a worker from starting.
    const worker = new Worker(this.#file, { execArgv: [] });
    const slot: Slot<In, Out> = { worker, task: null, timer: null };
    worker.on('message', (output: Out) => {
      if (typeof output === 'object' && output !== null && 'progress' in output) {
        slot.task?.onProgress?.((output as { progress: unknown }).progress);
        return;
      }
      const task = this.#release(slot);
      worker.unref();
      task?.resolve(output);
      this.#dispatch();
    });
    worker.on('error', (error) => this.#stop(slot, error));
    worker.on('exit', (code) => this.#stop(slot, new Error(`worker thread stopped (exit code ${code})`)));
    // Only a busy worker keeps the process alive: an idle one must not hold it open after the batch.
    worker.unref();
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

  /** Fails the slot's task, if any, and retires its worker: a fresh one takes the next task. */
  #stop(slot: Slot<In, Out>, error: Error): void {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return;
    this.#slots.splice(index, 1);
    const task = this.#release(slot);
    // Not waited for: a thread stuck inside a long built-in stops only when that returns.
    slot.worker.unref();
    void slot.worker.terminate();
    task?.reject(error);
    if (!this.#closed) this.#dispatch();
  }
}
