import type { FindingCode } from './finding-codes.js';
import type { Lang } from './i18n/lang.js';
import { render, type Said, type Spoken } from './i18n/said.js';

/** Codes of errors about the run itself (its arguments, its output), never about an input. */
export type RunErrorCode =
  | 'invalid-argument'
  | 'output-folder-missing'
  | 'output-too-big'
  | 'output-unwritable';

/**
 * The tool itself cannot go on with an input (or at all). Bad data inside a readable input is a
 * finding instead; an SkError becomes a finding with `code` on an unreadable document. A message
 * from the catalogue (`say(...)`) can be said in Indonesian too.
 */
export class SkError extends Error {
  readonly said: Said | undefined;

  constructor(
    readonly code: FindingCode | RunErrorCode,
    message: string | Spoken,
    readonly context: Record<string, unknown> = {},
  ) {
    super(typeof message === 'string' ? message : message.message);
    this.name = 'SkError';
    this.said = typeof message === 'string' ? undefined : message.said;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An error's message in `lang`: an SkError made from the catalogue is said again, any other keeps its text. */
export function errorText(error: unknown, lang: Lang): string {
  return error instanceof SkError && error.said ? render(error.said, lang) : errorMessage(error);
}
