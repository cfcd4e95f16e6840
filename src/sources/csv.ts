import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { SkError } from '../errors.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { InputFile } from './input.js';

export const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface CsvOptions {
  delimiter?: string | undefined;
  encoding?: Encoding | undefined;
  maxRecordSize?: number | undefined;
  /** Aborted when the file's time is up: reading stops at the next record. */
  signal?: AbortSignal | undefined;
}

/** How the file was read, as detected (or as the user said). */
export interface CsvLayout {
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
}

/** One CSV record with the physical line it starts on (1-based). */
export interface CsvRecord {
  cells: string[];
  line: number;
}

const DELIMITER_CANDIDATES = [',', ';', '\t', '|'];

export function detectEncoding(head: Buffer): { encoding: Encoding; bom: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  // The head may end inside a multi-byte sequence: drop up to three trailing bytes before judging.
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return { encoding: 'utf-8', bom: false };
    } catch {
      // try a shorter head
    }
  }
  return { encoding: 'windows-1252', bom: false };
}

/**
 * Picks the delimiter that splits the first lines most consistently. Counting only a few candidates
 * matters: spaces, dots and slashes are everywhere in NIPs, titles and grades.
 */
export function detectDelimiter(text: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .slice(0, 30)
    .filter((line) => line.trim() !== '');
  let best = ',';
  let bestScore = 0;
  for (const candidate of DELIMITER_CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    const mode = mostCommonNonZero(counts);
    if (mode === 0) continue;
    const score = counts.filter((count) => count === mode).length * 1000 + mode;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

function mostCommonNonZero(values: number[]): number {
  const tally = new Map<number, number>();
  for (const value of values) if (value > 0) tally.set(value, (tally.get(value) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [value, times] of tally) {
    if (times > best || (times === best && value > mode)) {
      mode = value;
      best = times;
    }
  }
  return mode;
}

/** Excel writes `sep=;` as the first line when asked to; it names the delimiter and is no record. */
const SEP_LINE = /^sep=(.)\r?\n/;

/** Detects the layout from the first bytes; the user's `--delimiter`/`--encoding` win. */
export function csvLayout(input: InputFile, options: CsvOptions): CsvLayout {
  const detected = detectEncoding(input.head);
  if (!detected.encoding.startsWith('utf-16') && input.head.includes(0)) {
    throw new SkError('file-unreadable', 'binary content (NUL bytes): not a CSV text file');
  }
  const encoding = options.encoding ?? detected.encoding;
  const headText = new TextDecoder(encoding).decode(input.head);
  const sep = SEP_LINE.exec(headText)?.[1];
  return { encoding, bom: detected.bom, delimiter: options.delimiter ?? sep ?? detectDelimiter(headText) };
}

/** Streams the records of a CSV file; cells are strings, never cast. */
export async function* readCsvRecords(
  input: InputFile,
  layout: CsvLayout,
  options: CsvOptions = {},
): AsyncGenerator<CsvRecord> {
  const maxRecordSize = options.maxRecordSize ?? DEFAULT_LIMITS.maxRecordSize;
  const parser = parse({
    delimiter: layout.delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    max_record_size: maxRecordSize,
    info: true,
  });
  const source = Readable.from(
    delimiterGuard(decodeChunks(input, layout.encoding), layout.delimiter, maxRecordSize),
  );
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      options.signal?.throwIfAborted();
      yield { cells: item.record, line: item.info.lines };
    }
  } catch (error) {
    if (error instanceof SkError) throw error;
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      throw new SkError(
        'limit-exceeded',
        `a record is longer than --max-record-size ${maxRecordSize} characters`,
      );
    }
    throw new SkError('file-unreadable', `not readable as CSV: ${(error as Error).message}`);
  } finally {
    source.destroy();
  }
}

/**
 * csv-parse's `max_record_size` counts the characters of cells, so a line of a million delimiters
 * (empty cells) passes it while building a million-cell record: count delimiters per line too.
 */
async function* delimiterGuard(
  chunks: AsyncIterable<string>,
  delimiter: string,
  max: number,
): AsyncGenerator<string> {
  const mark = delimiter.charCodeAt(0);
  let count = 0;
  for await (const text of chunks) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) count = 0;
      else if (c === mark && ++count > max) {
        throw new SkError('limit-exceeded', `a line has more than --max-record-size ${max} cells`);
      }
    }
    yield text;
  }
}

async function* decodeChunks(input: InputFile, encoding: Encoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  let first = true;
  for await (const chunk of input.chunks()) {
    let text = decoder.decode(chunk, { stream: true });
    if (first) {
      text = text.replace(SEP_LINE, '');
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
