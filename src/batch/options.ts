import type { Readable } from 'node:stream';
import type { Limits } from '../limits.js';
import type { OcrWhen } from '../ocr/ocr.js';
import type { RunOptions } from '../run.js';
import type { Encoding } from '../sources/csv.js';

/**
 * What a user decides about reading the inputs, in their own terms: the command line's flags and
 * the library's options are both this, and become the readers' options in one place.
 */
export interface ReadChoices {
  /** CSV delimiter, one character, instead of detecting it. */
  delimiter?: string | undefined;
  /** CSV encoding instead of detecting it. */
  encoding?: Encoding | undefined;
  /** Password of encrypted PDF decrees. */
  password?: string | undefined;
  /** XLSX: the sheet to read, by name or 1-based position. */
  sheet?: string | number | undefined;
  /** Read scanned PDF pages by OCR: `auto` pages without text, `all` every page. */
  ocr?: OcrWhen | undefined;
  limits?: Partial<Limits> | undefined;
  /** Where the input `-` reads from. */
  stdin?: Readable | undefined;
}

/** The readers' options for `choices`. */
export function readOptions(choices: ReadChoices): RunOptions {
  return {
    csv: { delimiter: choices.delimiter, encoding: choices.encoding },
    pdf: { password: choices.password, ...(choices.ocr ? { ocr: { when: choices.ocr } } : {}) },
    xlsx: { sheet: choices.sheet === undefined ? undefined : String(choices.sheet) },
    ...(choices.limits ? { limits: choices.limits } : {}),
    ...(choices.stdin ? { stdin: choices.stdin } : {}),
  };
}
