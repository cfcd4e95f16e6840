import { compareLevels, type Level } from '../domain/level.js';
import type { ExtractedDocument } from '../extract/document.js';
import type { Appointee, Counts, Document, Finding } from '../model.js';
import { outcomeOf, pagesOf } from './outcome.js';
import { runChecks } from './run-checks.js';

/** The report's document for what was read, with its findings and its outcome. */
export function documentOf(
  doc: ExtractedDocument,
  findings: Finding[],
  appointees: Appointee[],
  counts: Counts,
): Document {
  const outcome = outcomeOf({
    doc,
    codes: new Set(findings.map((finding) => finding.code)),
    hasError: findings.some((finding) => finding.severity === 'error'),
    counts,
    rowPages: pagesOf(appointees),
  });
  return {
    source: doc.source,
    kind: doc.kind,
    status: outcome.status,
    ...(outcome.checked ? { checked: outcome.checked } : {}),
    ...(outcome.unverified ? { unverified: outcome.unverified } : {}),
    decree: doc.decree,
    claims: doc.claims,
    appointees,
    counts,
    findings,
    ...(doc.ocr ? { ocr: true as const, ocrConfidence: doc.ocr.confidence } : {}),
  };
}

export function byLevel(tally: ReadonlyMap<Level, number>): Counts['byLevel'] {
  const result: Counts['byLevel'] = {};
  for (const level of [...tally.keys()].sort(compareLevels)) result[level] = tally.get(level);
  return result;
}

export function checkedDocument(doc: ExtractedDocument): Document {
  const appointees = doc.records.map((record) => record.appointee);
  return documentOf(doc, runChecks(doc), appointees, countAppointees(appointees));
}

export function countAppointees(appointees: readonly Appointee[]): Counts {
  const tally = new Map<Level, number>();
  for (const { level } of appointees) tally.set(level, (tally.get(level) ?? 0) + 1);
  return { total: appointees.length, byLevel: byLevel(tally) };
}
