import { Worker } from 'node:worker_threads';

interface Task<In, Out> {
  input: In;
  resolve: (value: Out) => void;
  reject: (error: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  task: Task<In, Out> | null;
}

/**
 * A fixed set of worker threads, each running one task at a time; tasks wait their turn in order.
 * A worker that dies (a crash, out of memory) fails its task and is replaced, so the batch goes on.
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

  run(input: In): Promise<Out> {
    if (this.#closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<Out>((resolve, reject) => {
      this.#queue.push({ input, resolve, reject });
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
    }
  }

  #spawn(): Slot<In, Out> {
    const worker = new Worker(this.#file);
    const slot: Slot<In, Out> = { worker, task: null };
    worker.on('message', (output: Out) => {
      const task = slot.task;
      slot.task = null;
      worker.unref();
      task?.resolve(output);
      this.#dispatch();
    });
    const fail = (error: Error) => {
      const task = slot.task;
      slot.task = null;
      const index = this.#slots.indexOf(slot);
      if (index >= 0) this.#slots.splice(index, 1);
      task?.reject(error);
      if (!this.#closed) this.#dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.#slots.includes(slot)) fail(new Error(`worker thread stopped (exit code ${code})`));
    });
    // Only a busy worker keeps the process alive: an idle one must not hold it open after the batch.
    worker.unref();
    this.#slots.push(slot);
    return slot;
  }
}
