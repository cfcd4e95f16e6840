import { byLevel, documentOf } from '../checks/document.js';
import { RULES } from '../checks/index.js';
import { compareFindings, RowChecker, runChecks, sortFindings } from '../checks/run-checks.js';
import type { Settings } from '../checks/settings.js';
import type { Level } from '../domain/level.js';
import { parseSkNumber } from '../domain/sk-number.js';
import { unusedHintNotes } from '../extract/column-hints.js';
import type { ExtractedDocument } from '../extract/document.js';
import {
  csvRecords,
  encodingNotes,
  type RosterRows,
  readRosterRows,
  rosterDocument,
} from '../extract/roster.js';
import { type Said, saidOf, withSaid } from '../i18n/said.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import type { Appointee, Document, Finding } from '../model.js';
import { type CsvOptions, csvLayout } from '../sources/csv.js';
import type { InputFile } from '../sources/input.js';
import { Spool, severityCount, standFor } from '../spill.js';
import { readRosterInTwo } from './split.js';

/** What streaming a CSV roster takes from the run's options. */
export interface RosterStreamOptions {
  csv?: CsvOptions;
  limits?: Partial<Limits>;
  settings?: Settings;
  /**
   * False: a CSV roster's document keeps its counts and findings but not its appointees, so that a
   * roster of millions is checked in flat memory (a report that lists no appointees needs none).
   */
  keepAppointees?: boolean;
  /** Big CSV rosters (when their appointees are not kept) may be read in two threads. */
  splitRosters?: boolean;
  /** How big a roster must be for that (default `SPLIT_MIN_BYTES`); tests make it small. */
  splitRosterMinBytes?: number;
  /** A CSV roster's appointees as they are read, in batches, instead of in its document. */
  onAppointees?: AppointeeSink;
  /**
   * A CSV roster's findings and appointees past this many go to a temporary file, so a million of
   * them take flat memory; the document's lists then stand for them (`each`, `sizeOf` in spill.ts)
   * until the report writer has written it and `release`s them. Unset: every one is kept in memory.
   */
  spillAfter?: number;
}

/** Takes a roster's appointees as they stream past, with its source and its SK number so far. */
export type AppointeeSink = (
  source: string,
  decreeNumber: string | null,
  appointees: readonly Appointee[],
) => void | Promise<void>;

/** Appointees handed to an `AppointeeSink` at a time. */
const SINK_BATCH = 1000;

/** The CSV options with the record-size limit and the file's time signal. */
export function csvOptions(options: RosterStreamOptions, signal?: AbortSignal): CsvOptions {
  const { maxRecordSize } = { ...DEFAULT_LIMITS, ...options.limits };
  return { ...options.csv, maxRecordSize, ...(signal ? { signal } : {}) };
}

/**
 * A CSV roster checked as it streams: each row goes through the row checks and is counted, then
 * dropped unless the report lists appointees, so memory stays flat however long the file is.
 */
export async function checkCsvRoster(
  input: InputFile,
  options: RosterStreamOptions,
  path: string | null,
  signal: AbortSignal,
): Promise<Document> {
  const csv = csvOptions(options, signal);
  // A big roster whose rows nobody waits for is read in two threads when there are two.
  // The second thread would not see an office's settings: a roster checked under them is read in one.
  const plain = !options.settings;
  if (path && plain && options.splitRosters && options.keepAppointees === false && !options.onAppointees) {
    const layout = csvLayout(input, csv);
    const split = await readRosterInTwo(path, input.head, layout, csv, options.splitRosterMinBytes);
    if (split) {
      const rows: RosterRows = {
        records: [],
        lines: [],
        columns: split.header.map,
        skNumber: split.skNumberRaw ? parseSkNumber(split.skNumberRaw) : null,
        decreeDate: split.decreeDate,
        undecodable: split.undecodable,
      };
      const doc = rosterDocument(input.source, 'csv', rows, encodingNotes(rows, layout.encoding));
      return rosterResult(doc, split.findings, [], split.levels);
    }
  }
  const { records, encoding } = csvRecords(input, csv);
  const checker = new RowChecker({ kind: 'csv', decree: null });
  const keep = options.keepAppointees !== false && !options.onAppointees;
  const spill = options.spillAfter ?? Number.POSITIVE_INFINITY;
  const kept = new Spool<Appointee>(spill);
  const rowFindings = new RowFindings(spill);
  const levels = new Map<Level, number>();
  let batch: Appointee[] = [];
  let batchNumber: string | null = null;
  const flush = async () => {
    if (batch.length === 0 || !options.onAppointees) return;
    const out = batch;
    batch = [];
    await options.onAppointees(input.source, batchNumber, out);
  };
  const rows = await readRosterRows(records, (record, line, skNumberRaw, namesDecree) => {
    checker.visit(record, line);
    if (checker.findings.length > 0) rowFindings.take(checker.findings);
    const { appointee } = record;
    levels.set(appointee.level, (levels.get(appointee.level) ?? 0) + 1);
    // A lampiran's rows (its title rows name its decree) are kept whatever the report lists, in
    // memory with their findings however many, in every format: they join its body (batch/join.ts).
    if (namesDecree && !options.onAppointees) {
      kept.keepAll();
      rowFindings.spool.keepAll();
    }
    if (keep || (namesDecree && !options.onAppointees)) kept.push(appointee);
    if (!options.onAppointees) return;
    batchNumber = skNumberRaw ? parseSkNumber(skNumberRaw).normalized : null;
    batch.push(appointee);
    return batch.length >= SINK_BATCH ? flush() : undefined;
  });
  await flush();
  const notes = [...encodingNotes(rows, encoding), ...unusedHintNotes()];
  const doc = rosterDocument(input.source, 'csv', rows, notes);
  if (!rowFindings.spool.spilled && !kept.spilled)
    return rosterResult(doc, [...rowFindings.early, ...rowFindings.spool.kept], kept.kept, levels);
  const result = rosterResult(doc, rowFindings.early, [], levels);
  const docLevel = result.findings;
  const spool = rowFindings.spool;
  const findings = standFor([...docLevel], {
    length: docLevel.length + spool.length,
    items: () => mergeSorted(docLevel, spool),
    severities: {
      error: severityCount(docLevel, 'error') + rowFindings.severities.error,
      warning: severityCount(docLevel, 'warning') + rowFindings.severities.warning,
      info: severityCount(docLevel, 'info') + rowFindings.severities.info,
    },
    dispose: () => spool.dispose(),
  });
  const appointees = standFor<Appointee>([], {
    length: kept.length,
    items: () => kept,
    dispose: () => kept.dispose(),
  });
  // The row findings are in the spool, not in the document's list the outcome was decided from.
  const status = rowFindings.severities.error > 0 ? 'invalid' : result.status;
  return { ...result, status, appointees, findings };
}

/**
 * A streamed roster's row findings, in the report's order as they come (rows come in order; each
 * row's few are sorted), into a spool; one that would come out of order is kept apart, in memory.
 */
class RowFindings {
  readonly spool: Spool<Finding>;
  readonly early: Finding[] = [];
  readonly severities = { error: 0, warning: 0, info: 0 };
  #last: Finding | null = null;

  constructor(keep: number) {
    // A finding's catalogue data (a hidden property: JSON leaves it out) goes with it, so that a
    // spilled finding is said in the report's language as one in memory is.
    this.spool = new Spool<Finding>(keep, {
      save: (finding) => [finding, saidOf(finding) ?? null],
      load: (data) => {
        const [finding, said] = data as [Finding, Said | null];
        return withSaid(finding, said ?? undefined);
      },
    });
  }

  /** Takes the findings of the record just checked, emptying the list. */
  take(findings: Finding[]): void {
    sortFindings(findings);
    for (const finding of findings) {
      if (this.#last && compareFindings(finding, this.#last) < 0) {
        this.early.push(finding);
        continue;
      }
      this.spool.push(finding);
      this.severities[finding.severity]++;
      this.#last = finding;
    }
    findings.length = 0;
  }
}

/** Two sorted lists as one, in the report's order. */
function* mergeSorted(a: readonly Finding[], b: Iterable<Finding>): Generator<Finding> {
  let i = 0;
  for (const finding of b) {
    while (i < a.length && compareFindings(a[i] as Finding, finding) <= 0) yield a[i++] as Finding;
    yield finding;
  }
  while (i < a.length) yield a[i++] as Finding;
}

function rosterResult(
  doc: ExtractedDocument,
  rowFindings: readonly Finding[],
  kept: Appointee[],
  levels: ReadonlyMap<Level, number>,
): Document {
  let total = 0;
  for (const count of levels.values()) total += count;
  return documentOf(doc, runChecks(doc, RULES, rowFindings), kept, { total, byLevel: byLevel(levels) });
}
