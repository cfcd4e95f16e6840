import { Chalk, type ChalkInstance } from 'chalk';
import { type Level, levelName } from '../domain/level.js';
import type { Appointee, Document, Finding, Report, Summary } from '../model.js';

export interface TextOptions {
  color: boolean;
  /** Only documents with findings, and only their findings. */
  quiet?: boolean;
  /** `extract` lists the appointees; `check` lists the findings. */
  mode?: 'check' | 'extract';
}

const KIND_NAMES: Record<Document['kind'], string> = {
  csv: 'CSV roster',
  pdf: 'decree PDF',
  text: 'press text',
  xlsx: 'XLSX roster',
  image: 'decree image',
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
  if (options.quiet && doc.findings.length === 0) return null;
  const c = chalkFor(options);
  return options.mode === 'extract' ? extractBlock(doc, c) : checkBlock(doc, c, options.quiet ?? false);
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

function checkBlock(doc: Document, c: ChalkInstance, quiet: boolean): string {
  const lines = [heading(doc, c)];
  if (!quiet) lines.push(...decreeLines(doc), ...claimLines(doc), ...countLines(doc));
  const errors = doc.findings.filter((f) => f.severity === 'error').length;
  const warnings = doc.findings.filter((f) => f.severity === 'warning').length;
  if (doc.findings.length === 0) lines.push(`  ${c.green('no findings')}`);
  else lines.push(`  ${plural(errors, 'error')}, ${plural(warnings, 'warning')}:`);
  for (const finding of doc.findings) lines.push(`    ${findingLine(finding, c)}`);
  return lines.join('\n');
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

function findingLine(finding: Finding, c: ChalkInstance): string {
  const where = [
    finding.page !== undefined ? `page ${finding.page}` : '',
    finding.row !== undefined ? `row ${finding.row}` : '',
    finding.cell ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const severity =
    finding.severity === 'error'
      ? c.red('error  ')
      : finding.severity === 'warning'
        ? c.yellow('warning')
        : c.blue('info   ');
  return `${severity} ${where.padEnd(7)} ${printable(finding.message)} ${c.dim(`(${finding.code})`)}`.replace(
    / +$/,
    '',
  );
}

function extractBlock(doc: Document, c: ChalkInstance): string {
  const lines = [heading(doc, c), ...decreeLines(doc), ...countLines(doc)];
  const rows = doc.appointees.map(appointeeCells);
  const header = ['row', 'NIP', 'name', 'grade', 'level', 'new position'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const render = (cells: string[]) =>
    `    ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd();
  if (rows.length > 0) lines.push(c.dim(render(header)), ...rows.map(render));
  return lines.join('\n');
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
  return c.bold(parts.join(' · '));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
