import type { Said } from '../i18n/said.js';
import type { Document } from '../model.js';
import type { RunOptions } from '../run.js';

/** What crosses into a worker process: plain data only (no streams, no callbacks). */
export type WorkerOptions = Omit<RunOptions, 'stdin' | 'onInternalError' | 'onAppointees'>;

export interface WorkerRequest {
  source: string;
  options: WorkerOptions;
}

/** Sent while a file is read: OCR has done `done` of `total` pages. */
export interface WorkerProgress {
  progress: { done: number; total: number };
}

export interface WorkerResponse {
  /** The file's documents (one, or several: a list of decrees). */
  documents: Document[];
  /** Each document's findings' catalogue data (a symbol, which IPC drops): to say them in another language. */
  said?: Array<Array<Said | null>>;
  /** Stacks of unexpected exceptions, for `--debug`. */
  stacks: string[];
  /** The worker ends after this answer (its PDF engine aborted and holds its memory). */
  retire?: boolean;
}
