import { Chalk, type ChalkInstance } from 'chalk';
import { type Level, levelName } from '../domain/level.js';
import type { Appointee, Document, Finding, Report, Summary } from '../model.js';
import { each, severityCount, sizeOf } from '../spill.js';

export interface TextOptions {
  color: boolean;
  /** Only documents with findings, and only their findings. */
  quiet?: boolean;
  /** `extract` lists the appointees; `check` lists the findings. */
  mode?: 'check' | 'extract';
  /** Every finding on its own line, also of a code that hits more than `GROUP_OVER` rows. */
  all?: boolean;
}

/** A code on more rows than this is one line (`rank-grade-mismatch on 833,412 rows: rows 1, 2, ...`). */
export const GROUP_OVER = 10;

const KIND_NAMES: Record<Document['kind'], string> = {
  csv: 'CSV roster',
  pdf: 'decree PDF',
  text: 'press text',
  xlsx: 'XLSX roster',
};

/** The human summary: a few lines per document a clerk can read at a glance. */
/** Text from a file must not steer the terminal: control characters (ESC, CR, ...) become `?`. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '?');
}

export function formatText(report: Report, options: TextOptions): string {
  const blocks: string[] = [];
  for (const doc of report.documents) {
    const block = textDocument(doc, options);
    if (block !== null) blocks.push(block);
  }
  if (!options.quiet) blocks.push(textSummary(report.summary, options));
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** One document's block, or null when `quiet` leaves it out. */
export function textDocument(doc: Document, options: TextOptions): string | null {
  const lines = textDocumentLines(doc, options);
  return lines === null ? null : [...lines].join('\n');
}

/** One document's block line by line (a roster may have a million findings), or null when `quiet` leaves it out. */
export function textDocumentLines(doc: Document, options: TextOptions): Iterable<string> | null {
  if (options.quiet && sizeOf(doc.findings) === 0) return null;
  const c = chalkFor(options);
  return options.mode === 'extract'
    ? extractBlock(doc, c)
    : checkBlock(doc, c, options.quiet ?? false, options.all ?? false);
}

export function textSummary(summary: Summary, options: TextOptions): string {
  return summaryLine(summary, chalkFor(options));
}

const CHALKS = [new Chalk({ level: 0 }), new Chalk({ level: 1 })] as const;

function chalkFor(options: TextOptions): ChalkInstance {
  return CHALKS[options.color ? 1 : 0];
}

function statusLabel(doc: Document, c: ChalkInstance): string {
  if (doc.status === 'ok') return c.green('OK');
  return doc.status === 'invalid' ? c.red('INVALID') : c.red('UNREADABLE');
}

/** An unreadable input names no kind: nothing was read to say what it is (a missing path, a picture). */
function heading(doc: Document, c: ChalkInstance): string {
  const kind = doc.status === 'unreadable' ? '' : `  ${c.dim(KIND_NAMES[doc.kind])}`;
  return `${c.bold(printable(doc.source))}${kind}  ${statusLabel(doc, c)}`;
}

function* checkBlock(doc: Document, c: ChalkInstance, quiet: boolean, all: boolean): Generator<string> {
  yield heading(doc, c);
  if (!quiet) yield* [...decreeLines(doc), ...claimLines(doc), ...countLines(doc)];
  const errors = severityCount(doc.findings, 'error');
  const warnings = severityCount(doc.findings, 'warning');
  if (sizeOf(doc.findings) === 0) yield `  ${c.green('no findings')}`;
  else yield `  ${plural(errors, 'error')}, ${plural(warnings, 'warning')}:`;
  const groups = all ? new Map<string, RowGroup>() : rowGroups(doc.findings);
  for (const finding of each(doc.findings)) {
    const group = finding.row !== undefined ? groups.get(finding.code) : undefined;
    if (!group) yield `    ${findingLine(finding, c)}`;
    else if (!group.shown) {
      group.shown = true;
      yield `    ${groupLine(finding, group, c)}`;
    }
  }
}

/** A code's row findings when there are more than `GROUP_OVER`: how many, and the first rows. */
interface RowGroup {
  count: number;
  rows: number[];
  shown: boolean;
}

function rowGroups(findings: readonly Finding[]): Map<string, RowGroup> {
  const groups = new Map<string, RowGroup>();
  for (const finding of each(findings)) {
    if (finding.row === undefined) continue;
    const group = groups.get(finding.code) ?? { count: 0, rows: [], shown: false };
    groups.set(finding.code, group);
    group.count++;
    if (group.rows.length <= GROUP_OVER && group.rows.at(-1) !== finding.row) group.rows.push(finding.row);
  }
  for (const [code, group] of groups) if (group.count <= GROUP_OVER) groups.delete(code);
  return groups;
}

/** `warning rank-grade-mismatch on 833,412 rows: rows 1, 2, 4, ... (--all lists each)`. */
function groupLine(finding: Finding, group: RowGroup, c: ChalkInstance): string {
  const rows = group.rows.slice(0, GROUP_OVER).join(', ');
  const count = group.count.toLocaleString('en-US');
  return `${severityLabel(finding, c)} ${finding.code} on ${count} rows: rows ${rows}, ... (--all lists each)`;
}

function decreeLines(doc: Document): string[] {
  const decree = doc.decree;
  if (!decree) return doc.status === 'unreadable' ? [] : ['  SK number: not found'];
  const fields: Array<[string, string | null]> = [
    ['SK number', decree.number],
    ['Date', decree.date],
    ['Issuer', decree.issuer],
    ['Subject', decree.subject],
    ['Place', decree.place],
    ['Signed by', decree.signatory],
  ];
  return fields
    .filter(([, value]) => value)
    .map(([label, value]) => `  ${`${label}:`.padEnd(11)}${printable(value ?? '')}`);
}

function claimLines(doc: Document): string[] {
  return doc.claims.map((claim) => {
    const parts = claim.parts.map((part) => `${part.count} ${levelName(part.level)}`).join(' + ');
    const page = claim.page !== undefined ? ` (page ${claim.page})` : '';
    const qualifier = claim.qualifier ? `${QUALIFIER_WORDS[claim.qualifier]} ` : '';
    return `  Claim:     ${qualifier}${claim.total}${parts ? ` = ${parts}` : ''}${page}`;
  });
}

const QUALIFIER_WORDS = {
  approximately: 'about',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
} as const;

function countLines(doc: Document): string[] {
  // A press text lists no one; `0 appointees` would read as a finding.
  if (doc.status === 'unreadable' || doc.kind === 'text') return [];
  const byLevel = Object.entries(doc.counts.byLevel)
    .map(([level, count]) => `${levelName(level as Level)} ${count}`)
    .join(', ');
  return [
    `  ${plural(doc.counts.total, 'appointee')}${byLevel ? `: ${byLevel}` : ''}`,
    ...unverifiedLine(doc),
  ];
}

/** Findings that mean the lampiran was not read well enough to vouch for any count. */
const UNVERIFIED = new Set(['attachment-uncertain', 'attachment-missing']);

/** One line a clerk cannot miss when the counts above could not be checked, and why. */
function unverifiedLine(doc: Document): string[] {
  const reasons = doc.findings.filter((f) => UNVERIFIED.has(f.code));
  const [first] = reasons;
  if (!first) return [];
  const more = reasons.length > 1 ? ` (and ${plural(reasons.length - 1, 'more reason')})` : '';
  return [`  Counts NOT verified: ${printable(first.message)}${more}`];
}

function severityLabel(finding: Finding, c: ChalkInstance): string {
  if (finding.severity === 'error') return c.red('error  ');
  return finding.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
}

function findingLine(finding: Finding, c: ChalkInstance): string {
  const where = findingPlace(finding);
  const place = where === '' ? ' '.repeat(7) : `${printable(where)}:`;
  return `${severityLabel(finding, c)} ${place} ${printable(finding.message)} ${c.dim(`(${finding.code})`)}`.replace(
    / +$/,
    '',
  );
}

/** `page 3 row 12 (Budi Maulana)`, then where a clerk opens it: `, line 15` (CSV) or `, cell C15` (XLSX). */
function findingPlace(finding: Finding): string {
  const person = finding.person ? ` (${finding.person})` : '';
  const at = [
    finding.page !== undefined ? `page ${finding.page}` : '',
    finding.row !== undefined ? `row ${finding.row}${person}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const opened =
    finding.line !== undefined ? `line ${finding.line}` : finding.cell ? `cell ${finding.cell}` : '';
  return at && opened ? `${at}, ${opened}` : at || opened;
}

function* extractBlock(doc: Document, c: ChalkInstance): Generator<string> {
  yield* [heading(doc, c), ...decreeLines(doc), ...countLines(doc)];
  const header = ['row', 'NIP', 'name', 'grade', 'level', 'new position'];
  // Two passes over the appointees, the second to print: a roster's million are never all held.
  const widths = header.map((h) => h.length);
  for (const a of each(doc.appointees)) {
    for (const [i, cell] of appointeeCells(a).entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  }
  const render = (cells: string[]) =>
    `    ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd();
  if (sizeOf(doc.appointees) === 0) return;
  yield c.dim(render(header));
  for (const a of each(doc.appointees)) yield render(appointeeCells(a));
}

function appointeeCells(a: Appointee): string[] {
  const level = a.echelon ? `${a.echelon}` : levelName(a.level);
  return [
    String(a.row),
    a.nip ?? '-',
    a.name ?? '-',
    a.grade ?? '-',
    a.levelInferred ? `${level}?` : level,
    a.positionNew ?? '-',
  ].map(printable);
}

function summaryLine(summary: Summary, c: ChalkInstance): string {
  const parts = [
    `${plural(summary.documents, 'document')} (${summary.ok} ok, ${summary.invalid} invalid, ${summary.unreadable} unreadable)`,
    plural(summary.appointees, 'appointee'),
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`,
  ];
  if (summary.skipped)
    parts.push(
      `${plural(summary.skipped, 'file')} skipped, not a kind sk-check reads (--verbose lists them)`,
    );
  return c.bold(parts.join(' · '));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
