import { createReadStream } from 'node:fs';
import { AcrossDocuments } from '../batch/across.js';
import { DecreeJoiner } from '../batch/join.js';
import { nipDuplicateAcross } from '../checks/nip-duplicate-across.js';
import { statusFromParts } from '../checks/outcome.js';
import { fromNote } from '../checks/run-checks.js';
import { errorMessage } from '../errors.js';
import { type Spoken, say } from '../i18n/said.js';
import { DEFAULT_LIMITS, formatSize, type Limits } from '../limits.js';
import { type Document, DocumentSchema, type Summary } from '../model.js';
import { Tally, unreadableDocument } from '../run.js';

/** One line of a shard that is not a document or a summary: the shard is cut short there. */
class ShardError extends Error {
  constructor(readonly spoken: Spoken) {
    super(spoken.message);
  }
}

/** A line (or a pretty-printed report) past `maxShardLine`: the shard is `limit-exceeded`. */
class ShardTooLong extends ShardError {}

/**
 * The lines of a file, none longer than `max` bytes. Split as bytes: no byte of a multi-byte
 * UTF-8 character is a newline, and a line is decoded only once it is whole and within the limit.
 */
async function* boundedLines(path: string, max: number): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 1;
  const add = (part: Buffer) => {
    length += part.length;
    if (length > max)
      throw new ShardTooLong(say('limit-exceeded/shard-line', { line: number, max: formatSize(max) }));
    parts.push(part);
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      add(chunk.subarray(start, end));
      yield Buffer.concat(parts, length).toString('utf8').replace(/\r$/, '');
      parts = [];
      length = 0;
      number++;
      start = end + 1;
    }
    add(chunk.subarray(start));
  }
  if (length > 0) yield Buffer.concat(parts, length).toString('utf8').replace(/\r$/, '');
}

/**
 * The documents of one shard report, in order: NDJSON as `--format ndjson` writes it (documents,
 * then a summary line), or one JSON report as `--format json` writes it.
 */
async function* shardDocuments(path: string, max: number): AsyncGenerator<Document> {
  let number = 0;
  let whole: string[] | null = null;
  let wholeLength = 0;
  for await (const line of boundedLines(path, max)) {
    number++;
    if (whole) {
      wholeLength += line.length + 1;
      if (wholeLength > max)
        throw new ShardTooLong(say('limit-exceeded/shard-json', { max: formatSize(max) }));
      whole.push(line);
      continue;
    }
    if (line.trim() === '') continue;
    // A pretty-printed JSON report opens with a lone brace: gather it and read it whole.
    if (line.trim() === '{') {
      whole = [line];
      continue;
    }
    const value = parseLine(line, number);
    if (isSummaryLine(value)) continue;
    yield documentOf(value, number);
  }
  if (whole) {
    const report = parseLine(whole.join('\n'), 1) as { documents?: unknown };
    if (!Array.isArray(report.documents)) throw new ShardError(say('file-unreadable/shard-no-documents', {}));
    for (const [index, value] of report.documents.entries()) yield documentOf(value, index + 1, 'document');
  }
}

function parseLine(line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new ShardError(say('file-unreadable/shard-not-json', { line: number }));
  }
}

function isSummaryLine(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'summary' in value && !('source' in value);
}

function documentOf(value: unknown, number: number, unit: 'line' | 'document' = 'line'): Document {
  const parsed = DocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const issueText = `${issue?.path.join('.') || 'document'}: ${issue?.message}`;
    throw new ShardError(say('file-unreadable/shard-not-document', { unit, number, issue: issueText }));
  }
  return parsed.data;
}

export interface MergeOptions {
  onDocument: (doc: Document, next?: string) => Promise<void> | void;
  limits?: Partial<Pick<Limits, 'maxShardLine'>>;
}

/**
 * Joins shard reports into one, in the order the shards are given and their documents within
 * them, and runs the cross-document checks again over the whole set: a batch split into shards
 * and merged gives the findings the unsplit batch gives. A shard that cannot be read becomes an
 * unreadable document named after it, after whatever it held that could be read.
 */
export async function mergeShards(paths: readonly string[], options: MergeOptions): Promise<Summary> {
  const across = new AcrossDocuments();
  const joiner = new DecreeJoiner();
  const tally = new Tally();
  const max = options.limits?.maxShardLine ?? DEFAULT_LIMITS.maxShardLine;
  for (const [index, path] of paths.entries()) {
    const emit = async (doc: Document) => {
      tally.add(doc);
      await options.onDocument(doc, paths[index + 1]);
    };
    try {
      for await (const shardDoc of shardDocuments(path, max)) {
        // Each shard saw only its own documents: its cross-document findings are made again here.
        const findings = shardDoc.findings.filter((finding) => finding.code !== nipDuplicateAcross.code);
        const doc = { ...shardDoc, findings };
        for (const out of joiner.take(across.visit({ ...doc, status: statusFromParts(doc) })))
          await emit(out);
      }
    } catch (error) {
      if (error instanceof ShardTooLong) {
        await emit(unreadableDocument(path, 'text', fromNote({ code: 'limit-exceeded', ...error.spoken })));
        continue;
      }
      const spoken =
        error instanceof ShardError
          ? error.spoken
          : (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? say('file-unreadable/shard-missing', {})
            : say('file-unreadable/shard', { error: errorMessage(error) });
      await emit(unreadableDocument(path, 'text', fromNote({ code: 'file-unreadable', ...spoken })));
    }
  }
  for (const out of joiner.finish()) {
    tally.add(out);
    await options.onDocument(out);
  }
  return tally.summary;
}
