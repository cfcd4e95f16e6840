import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { AcrossDocuments } from './batch/across.js';
import { DecreeJoiner } from './batch/join.js';
import { nipDuplicateAcross } from './checks/nip-duplicate-across.js';
import { statusFromParts } from './checks/outcome.js';
import { fromNote } from './checks/run-checks.js';
import { errorMessage } from './errors.js';
import { type Document, DocumentSchema, type Summary } from './model.js';
import { Tally, unreadableDocument } from './run.js';

/** One line of a shard that is not a document or a summary: the shard is cut short there. */
class ShardError extends Error {}

/**
 * The documents of one shard report, in order: NDJSON as `--format ndjson` writes it (documents,
 * then a summary line), or one JSON report as `--format json` writes it.
 */
async function* shardDocuments(path: string): AsyncGenerator<Document> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  let whole: string[] | null = null;
  for await (const line of lines) {
    number++;
    if (whole) {
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
    if (!Array.isArray(report.documents)) throw new ShardError('the JSON report has no documents');
    for (const [index, value] of report.documents.entries()) yield documentOf(value, index + 1, 'document');
  }
}

function parseLine(line: string, number: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new ShardError(`line ${number} is not JSON`);
  }
}

function isSummaryLine(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'summary' in value && !('source' in value);
}

function documentOf(value: unknown, number: number, unit = 'line'): Document {
  const parsed = DocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ShardError(
      `${unit} ${number} is not an sk-check document (${issue?.path.join('.') || 'document'}: ${issue?.message})`,
    );
  }
  return parsed.data;
}

export interface MergeOptions {
  onDocument: (doc: Document, next?: string) => Promise<void> | void;
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
  for (const [index, path] of paths.entries()) {
    const emit = async (doc: Document) => {
      tally.add(doc);
      await options.onDocument(doc, paths[index + 1]);
    };
    try {
      for await (const shardDoc of shardDocuments(path)) {
        // Each shard saw only its own documents: its cross-document findings are made again here.
        const findings = shardDoc.findings.filter((finding) => finding.code !== nipDuplicateAcross.code);
        const doc = { ...shardDoc, findings };
        for (const out of joiner.take(across.visit({ ...doc, status: statusFromParts(doc) })))
          await emit(out);
      }
    } catch (error) {
      const message =
        error instanceof ShardError
          ? `not a shard report: ${error.message}`
          : `cannot read the shard: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(error)}`;
      await emit(unreadableDocument(path, 'text', fromNote({ code: 'file-unreadable', message })));
    }
  }
  for (const out of joiner.finish()) {
    tally.add(out);
    await options.onDocument(out);
  }
  return tally.summary;
}
