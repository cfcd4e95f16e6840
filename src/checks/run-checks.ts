import { errorMessage } from '../errors.js';
import type { AppointeeRecord, ExtractedDocument, Note } from '../extract/document.js';
import { locateCell } from '../extract/sheet-cell.js';
import { say, withSaid } from '../i18n/said.js';
import type { Finding } from '../model.js';
import { RULES, ruleFor } from './index.js';
import type { Observation, Report, RowCheck, RowContext, Rule } from './rule.js';
import { isOff, levelOf, severityOf } from './settings.js';

/**
 * Runs every check on a document; a check that throws becomes an `internal-error` finding. The row
 * checks' findings may come ready from a `RowChecker` that saw the rows stream past.
 */
export function runChecks(
  doc: ExtractedDocument,
  rules: readonly Rule[] = RULES,
  rowFindings?: readonly Finding[],
): Finding[] {
  // A rule an office turned off is not run, and a reader's note of it is dropped.
  const findings = doc.notes.filter((note) => !isOff(note.code)).map(fromNote);
  // One at a time: a spread of a million findings overflows the stack.
  if (rowFindings) for (const found of rowFindings) findings.push(found);
  else {
    const rows = new RowChecker(doc, rules);
    for (const record of doc.records) rows.visit(record);
    for (const found of rows.findings) findings.push(found);
  }
  for (const rule of rules) {
    if (!rule.run || levelOf(rule) === 'off') continue;
    try {
      rule.run(doc, (observation) =>
        findings.push(finding(rule, observation, personAt(doc, observation.row))),
      );
    } catch (error) {
      findings.push(failed(rule, error));
    }
  }
  if (doc.sheet) for (const found of findings) locateCell(found, doc.sheet);
  return sortFindings(findings);
}

function failed(rule: Rule, error: unknown): Finding {
  return fromNote({
    code: 'internal-error',
    ...say('internal-error/check', { code: rule.code, error: errorMessage(error) }),
  });
}

/** The row checks of one document, fed its rows one at a time; a check that throws stops, the others go on. */
export class RowChecker {
  readonly findings: Finding[] = [];
  readonly #checks: Array<{ rule: Rule; check: RowCheck | null; report: Report }> = [];
  #record: AppointeeRecord | null = null;
  #line: number | undefined;

  constructor(doc: RowContext, rules: readonly Rule[] = RULES) {
    for (const rule of rules) {
      if (!rule.row || levelOf(rule) === 'off') continue;
      const report: Report = (observation) => this.findings.push(this.#finding(rule, observation));
      try {
        this.#checks.push({ rule, check: rule.row(doc), report });
      } catch (error) {
        this.findings.push(failed(rule, error));
      }
    }
  }

  /** Checks one record; `line` is where a CSV roster's record starts, for its findings. */
  visit(record: AppointeeRecord, line?: number): void {
    this.#record = record;
    this.#line = line;
    for (const entry of this.#checks) {
      if (!entry.check) continue;
      try {
        entry.check(record, entry.report);
      } catch (error) {
        entry.check = null;
        this.findings.push(failed(entry.rule, error));
      }
    }
  }

  /** A finding about the record being visited names its person and line, from the record itself. */
  #finding(rule: Rule, observation: Observation): Finding {
    const { appointee } = this.#record ?? {};
    if (!appointee || observation.row !== appointee.row) return finding(rule, observation);
    return finding(rule, observation, appointee.name, this.#line);
  }
}

/** The name of the appointee of a document's row, for a finding a document check makes about it. */
function personAt(doc: ExtractedDocument, row: number | undefined): string | null {
  if (row === undefined) return null;
  const record = doc.records[row - 1];
  return record?.appointee.row === row ? record.appointee.name : null;
}

/** A reader's note with the severity its rule gives (in the run's settings). */
export function fromNote(note: Note): Finding {
  const rule = ruleFor(note.code);
  if (!rule) throw new Error(`finding code ${note.code} is not in the registry`);
  return finding(rule, note);
}

function finding(rule: Rule, observation: Observation, person?: string | null, line?: number): Finding {
  const result: Finding = { code: rule.code, severity: severityOf(rule), message: observation.message };
  if (observation.page !== undefined) result.page = observation.page;
  if (observation.row !== undefined) result.row = observation.row;
  if (observation.field !== undefined) result.field = observation.field;
  if (person) result.person = person;
  if (line !== undefined) result.line = line;
  return withSaid(result, observation.said);
}

/** Page, row, field, code, then message: the same findings always come out in the same order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.page ?? 0) - (b.page ?? 0) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    compareText(a.field ?? '', b.field ?? '') ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
