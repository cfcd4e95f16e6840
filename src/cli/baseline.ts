import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { statusFromParts } from '../checks/outcome.js';
import { errorMessage, SkError } from '../errors.js';
import { KIND_INFO } from '../kinds.js';
import type { Document, Finding, Summary } from '../model.js';
import { fileOfSource } from '../part-source.js';

/**
 * A baseline: the findings an auditor already knows, by document and by finding, so that a run
 * reports only new ones (as ESLint's, PHPStan's and RuboCop's do). Nothing in it is a row or a page
 * number: a document is its SK number (else its bytes' SHA-256), a finding its code, the NIP of its
 * appointee when it has one, its field and its message with row, line and page numbers taken out.
 * A re-run, a page reflow, a renamed file all match.
 */
const EntrySchema = z.strictObject({
  code: z.string().min(1),
  key: z.string(),
  count: z.number().int().positive(),
});
const BaselineSchema = z.strictObject({
  sk_check_baseline: z.literal(1),
  documents: z.record(z.string(), z.array(EntrySchema)),
});
export type Baseline = z.infer<typeof BaselineSchema>;
export type BaselineEntry = z.infer<typeof EntrySchema>;

/** An entry of the baseline that no longer occurs, for the summary. */
export interface GoneEntry extends BaselineEntry {
  document: string;
}

/** Not a finding a baseline holds: it is what the document is (its status), not a defect to accept. */
const KEPT = 'not-a-decree';

/** Row, line and page numbers in a message (English as findings carry it): a reflow moves them. */
const PLACES = /\b(rows?|lines?|pages?)\s+\d+(?:\s*[-–]\s*\d+)?/gi;

/**
 * A document's identity: the role and SK number (`decree 800.1.3.3/03-02/BKD/2026`), so that its
 * PDF and its roster are two documents; without a number, the SHA-256 of its bytes.
 */
export async function documentIdentity(doc: Document): Promise<string> {
  const role = KIND_INFO[doc.kind].role;
  const number = doc.decree?.number;
  if (number) return `${role} ${number}`;
  // A sheet or a list's decree (`book.xlsx#Sheet2`): the file's bytes, and which part of it.
  const file = fileOfSource(doc.source);
  const part = doc.source.slice(file.length);
  return `${role} sha256:${await fileHash(file)}${part}`;
}

/** Hashes already taken, by path, size and time: a workbook of many sheets is read once. */
const hashes = new Map<string, string>();

async function fileHash(path: string): Promise<string> {
  const stats = path === '-' ? null : await stat(path).catch(() => null);
  if (!stats?.isFile()) return `name:${path}`;
  const key = `${path}\u0000${stats.size}\u0000${stats.mtimeMs}`;
  const known = hashes.get(key);
  if (known) return known;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const digest = hash.digest('hex');
  hashes.set(key, digest);
  return digest;
}

/** A finding's key within its document: who (the NIP), the field, and the message without places. */
export function findingKey(doc: Document, finding: Finding): string {
  const appointee = finding.row === undefined ? undefined : doc.appointees[finding.row - 1];
  const nip = appointee && appointee.row === finding.row ? (appointee.nip ?? '') : '';
  const message = finding.message.replace(PLACES, '$1 #');
  return [nip, finding.field ?? '', message].join('|');
}

export async function readBaseline(path: string): Promise<Baseline> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new SkError('invalid-argument', `${path}: cannot read the baseline: ${errorMessage(error)}`);
  }
  const result = BaselineSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const at = issue?.path.map(String).join('.') || '(top)';
    throw new SkError('invalid-argument', `${path}: not a baseline of sk-check: ${at}: ${issue?.message}`);
  }
  return result.data;
}

/** Counts of each finding key per document, and the file's text. */
export class BaselineRecorder {
  readonly #documents = new Map<string, Map<string, BaselineEntry>>();

  add(identity: string, doc: Document): void {
    const entries = this.#documents.get(identity) ?? new Map<string, BaselineEntry>();
    this.#documents.set(identity, entries);
    for (const finding of doc.findings) {
      if (finding.code === KEPT) continue;
      const key = findingKey(doc, finding);
      const id = `${finding.code}\n${key}`;
      const entry = entries.get(id);
      if (entry) entry.count++;
      else entries.set(id, { code: finding.code, key, count: 1 });
    }
  }

  /** Sorted, so that the same findings always give the same bytes (a baseline goes into git). */
  text(): string {
    const documents: Baseline['documents'] = {};
    for (const identity of [...this.#documents.keys()].sort()) {
      const entries = [...(this.#documents.get(identity)?.values() ?? [])];
      if (entries.length === 0) continue;
      documents[identity] = entries.sort((a, b) => cmp(a.code, b.code) || cmp(a.key, b.key));
    }
    return `${JSON.stringify({ sk_check_baseline: 1, documents } satisfies Baseline, null, 2)}\n`;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Takes a baseline's findings out of the documents of a run. A document left with baselined
 * findings alone is judged on what remains: its status is recomputed (an error known and accepted
 * no longer makes it invalid), and the summary says how many findings were suppressed.
 */
export class BaselineFilter {
  suppressed = 0;
  readonly #left = new Map<string, Map<string, BaselineEntry>>();
  readonly #seen = new Set<string>();

  constructor(baseline: Baseline) {
    for (const [identity, entries] of Object.entries(baseline.documents))
      this.#left.set(identity, new Map(entries.map((e) => [`${e.code}\n${e.key}`, { ...e }])));
  }

  apply(identity: string, doc: Document): Document {
    this.#seen.add(identity);
    const left = this.#left.get(identity);
    if (!left || doc.status === 'unreadable') return doc;
    const kept = doc.findings.filter((finding) => {
      if (finding.code === KEPT) return true;
      const entry = left.get(`${finding.code}\n${findingKey(doc, finding)}`);
      if (!entry || entry.count === 0) return true;
      entry.count--;
      this.suppressed++;
      return false;
    });
    if (kept.length === doc.findings.length) return doc;
    const filtered = { ...doc, findings: kept };
    return { ...filtered, status: statusFromParts(filtered) };
  }

  /** Entries of the documents this run saw that matched nothing: they may be pruned. */
  gone(): GoneEntry[] {
    const out: GoneEntry[] = [];
    for (const identity of [...this.#seen].sort())
      for (const entry of this.#left.get(identity)?.values() ?? [])
        if (entry.count > 0) out.push({ document: identity, ...entry });
    return out;
  }

  summary(file: string): NonNullable<Summary['baseline']> {
    return { file, suppressed: this.suppressed, gone: this.gone() };
  }
}
