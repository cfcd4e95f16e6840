import type { Readable } from 'node:stream';
import { z } from 'zod';
import { auditAll } from './audit/index.js';
import { run } from './batch/batch.js';
import { type Config, settingsOf, validConfig } from './batch/config.js';
import { readOptions } from './batch/options.js';
import { withSettings } from './checks/settings.js';
import { SkError } from './errors.js';
import type { Report } from './model.js';
import type { OcrWhen } from './ocr/ocr.js';
import { summarize } from './run.js';
import { ENCODINGS } from './sources/csv.js';

/** A file path (`-` reads `options.stdin`), or a file's bytes with the name the report should show. */
export type Input = string | { name: string; data: Buffer | Uint8Array };

/** The CLI's input options. */
export interface Options {
  /** CSV delimiter, one character, instead of detecting it. */
  delimiter?: string;
  /** CSV encoding instead of detecting it. */
  encoding?: (typeof ENCODINGS)[number];
  /** Password of encrypted PDF decrees. */
  password?: string;
  /** XLSX rosters: the one sheet to read, by name or 1-based position; by default every sheet with people. */
  sheet?: string | number;
  /** Where the input `-` reads from. */
  stdin?: Readable;
  /** Worker threads for PDF files given as paths; 1 (the default) reads everything in this thread. */
  jobs?: number;
  /** Read scanned PDF pages by OCR: `auto` pages without text, `all` every page (needs the optional OCR packages). */
  ocr?: OcrWhen;
  /**
   * An office's settings, as in `sk-check.config.json`: `rules` (a code to `off`, `error`,
   * `warning` or `info`) and `thresholds`; the command line's defaults in it (`lang`, `format` ...)
   * are allowed and ignored here.
   */
  config?: Config;
}

const InputSchema = z.union(
  [z.string().min(1), z.object({ name: z.string().min(1), data: z.instanceof(Uint8Array) })],
  { error: 'expected a path or { name, data: Uint8Array }' },
);

// Strict: a misspelt option (`delimeter`) is refused rather than silently ignored.
const OptionsSchema = z.strictObject({
  delimiter: z.string().length(1).optional(),
  encoding: z.enum(ENCODINGS).optional(),
  password: z.string().optional(),
  sheet: z.union([z.string().min(1), z.number().int().positive()]).optional(),
  stdin: z.custom<Readable>((value) => typeof value === 'object' && value !== null).optional(),
  jobs: z.number().int().positive().optional(),
  ocr: z.enum(['auto', 'all']).optional(),
  config: z.unknown().optional(),
});

/** zod's report on one line: `delimiter: Too big: ...; encoding: Invalid option: ...`. */
function oneLine(error: z.ZodError): string {
  return z
    .prettifyError(error)
    .split(/\n(?=✖)/)
    .map((issue) => {
      const [message = '', at] = issue.replace(/^✖ /, '').split(/\n\s*→ at /);
      return at ? `${at}: ${message.trim()}` : message.trim();
    })
    .join('; ');
}

function valid<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new SkError('invalid-argument', `invalid ${what}: ${oneLine(result.error)}`, {
    issues: result.error.issues,
  });
}

/**
 * Checks decrees and rosters and returns the report `sk-check --format json` prints. One path as a
 * string is the one input. Unreadable inputs are documents with status `unreadable`, not exceptions;
 * only invalid arguments throw, an `SkError` with code `invalid-argument` and a one-line message.
 */
export async function check(inputs: Input | readonly Input[], options: Options = {}): Promise<Report> {
  const list = valid(z.array(InputSchema), Array.isArray(inputs) ? inputs : [inputs], 'inputs');
  const { config, ...opts } = valid(OptionsSchema, options, 'options');
  const settings = config === undefined ? undefined : settingsOf(validConfig(config, 'options.config'));
  return run(list, { ...readOptions(opts), jobs: opts.jobs ?? 1, ...(settings ? { settings } : {}) });
}

/**
 * The data of decrees and rosters: the same report as `check` (and as `sk-check extract --format
 * json`); what differs on the command line is only the text output and the exit code.
 */
export function extract(inputs: Input | readonly Input[], options: Options = {}): Promise<Report> {
  return check(inputs, options);
}

/**
 * Checks the inputs and compares them with each other, as `sk-check audit --format json`: the
 * decree, its roster and its press text, grouped by decree number, in `report.audit`.
 */
export async function audit(inputs: Input | readonly Input[], options: Options = {}): Promise<Report> {
  const report = await check(inputs, options);
  const settings =
    options.config === undefined ? undefined : settingsOf(validConfig(options.config, 'options.config'));
  const { audit: groups, documents } = withSettings(settings, () => auditAll(report.documents));
  return { ...report, documents, summary: summarize(documents), audit: groups };
}
