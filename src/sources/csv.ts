import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { SkError } from '../errors.js';
import { say } from '../i18n/said.js';
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
  /** What ends a record: CRLF and LF both (a file edited in two programs mixes them), or CR alone. */
  recordDelimiter: string[];
}

/** One CSV record with its number in the file (1-based, counting title and header records). */
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
 * What Windows-1252 text does not hold: control characters other than tab, line and form feed and
 * carriage return, and the five bytes it leaves undefined (decoded as C1 controls). A file that is
 * not UTF-8 is read as Windows-1252 (Excel's CSV on Windows); a byte of this kind shows it is neither,
 * and becomes U+FFFD, so its row is `encoding-invalid` instead of a name read wrong in silence.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const NOT_1252 = /[\x01-\x08\x0e-\x1f\x7f-\x9f]/g;

export function markNot1252(text: string): string {
  return text.replace(NOT_1252, '\uFFFD');
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
    throw new SkError('file-unreadable', say('file-unreadable/csv-binary', {}));
  }
  const encoding = options.encoding ?? detected.encoding;
  const headText = new TextDecoder(encoding).decode(input.head);
  const sep = SEP_LINE.exec(headText)?.[1];
  return {
    encoding,
    bom: detected.bom,
    delimiter: options.delimiter ?? sep ?? detectDelimiter(headText),
    recordDelimiter: recordDelimiters(headText),
  };
}

/**
 * csv-parse detects one record delimiter, the first it meets, and then joins every line that ends
 * otherwise into the last cell: rows after a switch from CRLF to LF were lost. CR alone ends a
 * record only in a file with no LF at all (old Mac exports); elsewhere it is a character of a cell.
 */
function recordDelimiters(headText: string): string[] {
  return !headText.includes('\n') && headText.includes('\r') ? ['\r'] : ['\r\n', '\n'];
}

/** Streams the records of a CSV file; cells are strings, never cast. */
export function readCsvRecords(
  input: InputFile,
  layout: CsvLayout,
  options: CsvOptions = {},
): AsyncGenerator<CsvRecord> {
  return parseCsvChunks(input.chunks(), layout, options, true);
}

/** `parseCsvBatches`, one record at a time. */
export function parseCsvChunks(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  layout: CsvLayout,
  options: CsvOptions = {},
  atStart = true,
): AsyncGenerator<CsvRecord> {
  return flatten(parseCsvBatches(chunks, layout, options, atStart));
}

async function* flatten<T>(batches: AsyncIterable<readonly T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}

/**
 * The records in a stream of a CSV file's bytes, decoded as the layout says, in batches of what the
 * parser has ready: one await per batch, not per record, matters over a million rows. `atStart` is
 * false for a stretch from the middle of a file (it starts at a record), where no `sep=` line can be.
 */
export async function* parseCsvBatches(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  layout: CsvLayout,
  options: CsvOptions = {},
  atStart = true,
  counter: { lines: number } = { lines: 0 },
): AsyncGenerator<CsvRecord[]> {
  const maxRecordSize = options.maxRecordSize ?? DEFAULT_LIMITS.maxRecordSize;
  const parser = parse({
    delimiter: layout.delimiter,
    record_delimiter: layout.recordDelimiter,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: maxRecordSize,
  });
  // UTF-8 goes to csv-parse as bytes, which it decodes cell by cell: decoding it first only to have
  // csv-parse encode it again is wasted work. Other encodings are decoded here.
  const raw = layout.encoding === 'utf-8' && layout.delimiter.charCodeAt(0) < 0x80;
  const text: AsyncIterable<string | Buffer> = raw
    ? utf8Chunks(chunks, atStart)
    : decodeChunks(chunks, layout.encoding, atStart);
  const source = Readable.from(delimiterGuard(text, layout.delimiter, maxRecordSize));
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const batch of readyBatches<string[]>(parser)) {
      options.signal?.throwIfAborted();
      // A record's row as a spreadsheet shows it, blank lines counted, so a finding names the line
      // a clerk opens; csv-parse's `info` would cost a third of its time. Blank records are dropped.
      const records: CsvRecord[] = [];
      for (const cells of batch) {
        counter.lines++;
        if (!isBlank(cells)) records.push({ cells, line: counter.lines });
      }
      if (records.length > 0) yield records;
    }
  } catch (error) {
    if (error instanceof SkError) throw error;
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      throw new SkError('limit-exceeded', say('limit-exceeded/record', { max: maxRecordSize }));
    }
    throw new SkError('file-unreadable', say('file-unreadable/csv', { error: (error as Error).message }));
  } finally {
    source.destroy();
  }
}

/** A blank line, or one of delimiters and spaces only: csv-parse's `skip_records_with_empty_values`. */
function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/** Everything an object stream has ready, each time it has some, until it ends or fails. */
async function* readyBatches<T>(stream: Readable): AsyncGenerator<T[]> {
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  stream.on('readable', notify);
  stream.once('end', () => {
    ended = true;
    notify();
  });
  stream.once('error', (error) => {
    failure = error;
    notify();
  });
  for (;;) {
    const batch: T[] = [];
    for (let item = stream.read() as T | null; item !== null; item = stream.read() as T | null)
      batch.push(item);
    if (batch.length > 0) {
      yield batch;
      continue;
    }
    if (failure) throw failure;
    if (ended) return;
    // Events come asynchronously: none can slip in between the last read and this promise.
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}

/**
 * csv-parse's `max_record_size` counts the characters of cells, so a line of a million delimiters
 * (empty cells) passes it while building a million-cell record: count delimiters per line too. A
 * line within one chunk and no longer than the limit cannot hold too many, so only long lines and
 * lines that run across chunks are counted: the guard costs a lookup per line, not per character.
 */
async function* delimiterGuard<T extends string | Buffer>(
  chunks: AsyncIterable<T>,
  delimiter: string,
  max: number,
): AsyncGenerator<T> {
  let lineLength = 0;
  let count = 0;
  for await (const text of chunks) {
    let start = 0;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    for (;;) {
      if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
      if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
      const end = lf < 0 ? (cr < 0 ? -1 : cr) : cr < 0 ? lf : Math.min(lf, cr);
      const stop = end < 0 ? text.length : end;
      if (lineLength > 0 || end < 0 || stop - start > max) {
        count += occurrences(text, delimiter, start, stop);
        if (count > max) throw new SkError('limit-exceeded', say('limit-exceeded/cells', { max }));
      }
      lineLength += stop - start;
      if (end < 0) break;
      lineLength = 0;
      count = 0;
      start = end + 1;
    }
    yield text;
  }
}

function occurrences(text: string | Buffer, char: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(char, from); i >= 0 && i < to; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** A UTF-8 file's bytes as they are, less a BOM and Excel's `sep=` line at its start. */
async function* utf8Chunks(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  atStart: boolean,
): AsyncGenerator<Buffer> {
  let first = atStart;
  for await (const chunk of chunks) {
    let bytes = chunk;
    if (first) {
      first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      const sep = SEP_LINE.exec(bytes.subarray(0, 16).toString('latin1'));
      if (sep) bytes = bytes.subarray(sep[0].length);
    }
    if (bytes.length > 0) yield bytes;
  }
}

async function* decodeChunks(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  encoding: Encoding,
  atStart: boolean,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: !atStart });
  let first = atStart;
  for await (const chunk of chunks) {
    let text = decoder.decode(chunk, { stream: true });
    if (encoding === 'windows-1252') text = markNot1252(text);
    if (first) {
      text = text.replace(SEP_LINE, '');
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
