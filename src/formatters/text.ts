import { Chalk, type ChalkInstance } from 'chalk';
import type { Level } from '../domain/level.js';
import type { Lang } from '../i18n/lang.js';
import { findingMessage } from '../i18n/said.js';
import { t } from '../i18n/ui.js';
import { levelText, tanggal } from '../i18n/words.js';
import type { Appointee, Document, Finding, Report, Summary } from '../model.js';

export interface TextOptions {
  color: boolean;
  /** Only documents with findings, and only their findings. */
  quiet?: boolean;
  /** `extract` lists the appointees; `check` lists the findings. */
  mode?: 'check' | 'extract';
  /** The language a person reads the report in (default English). */
  lang?: Lang;
}

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
  const lang = options.lang ?? 'en';
  return options.mode === 'extract'
    ? extractBlock(doc, c, lang)
    : checkBlock(doc, c, options.quiet ?? false, lang);
}

export function textSummary(summary: Summary, options: TextOptions): string {
  return summaryLine(summary, chalkFor(options), options.lang ?? 'en');
}

const CHALKS = [new Chalk({ level: 0 }), new Chalk({ level: 1 })] as const;

function chalkFor(options: TextOptions): ChalkInstance {
  return CHALKS[options.color ? 1 : 0];
}

function statusLabel(doc: Document, c: ChalkInstance, lang: Lang): string {
  if (doc.status === 'ok') return c.green(t(lang, 'status.ok'));
  return doc.status === 'invalid' ? c.red(t(lang, 'status.invalid')) : c.red(t(lang, 'status.unreadable'));
}

/** An unreadable input names no kind: nothing was read to say what it is (a missing path, a picture). */
function heading(doc: Document, c: ChalkInstance, lang: Lang): string {
  const kind = doc.status === 'unreadable' ? '' : `  ${c.dim(t(lang, `kind.${doc.kind}`))}`;
  return `${c.bold(printable(doc.source))}${kind}  ${statusLabel(doc, c, lang)}`;
}

function checkBlock(doc: Document, c: ChalkInstance, quiet: boolean, lang: Lang): string {
  const lines = [heading(doc, c, lang)];
  if (!quiet) lines.push(...decreeLines(doc, lang), ...claimLines(doc, lang), ...countLines(doc, lang));
  const errors = doc.findings.filter((f) => f.severity === 'error').length;
  const warnings = doc.findings.filter((f) => f.severity === 'warning').length;
  if (doc.findings.length === 0) lines.push(`  ${c.green(t(lang, 'report.no-findings'))}`);
  else lines.push(`  ${t(lang, 'report.tally', { errors, warnings })}:`);
  for (const finding of doc.findings) lines.push(`    ${findingLine(finding, c, lang)}`);
  return lines.join('\n');
}

/** Labels padded to one column: `SK number: ` is 11 wide in English, the longest label and 2 else. */
function labelWidth(lang: Lang): number {
  if (lang === 'en') return 11;
  const labels = [
    'report.sk-number',
    'report.date',
    'report.issuer',
    'report.subject',
    'report.place',
  ] as const;
  return (
    Math.max(
      ...[...labels, 'report.signatory', 'report.claim'].map(
        (key) => t(lang, key as (typeof labels)[number]).length,
      ),
    ) + 2
  );
}

function decreeLines(doc: Document, lang: Lang): string[] {
  const decree = doc.decree;
  if (!decree)
    return doc.status === 'unreadable'
      ? []
      : [`  ${t(lang, 'report.sk-number')}: ${t(lang, 'report.not-found')}`];
  const fields: Array<[string, string | null]> = [
    [t(lang, 'report.sk-number'), decree.number],
    [t(lang, 'report.date'), decree.date && lang === 'id' ? tanggal(decree.date) : decree.date],
    [t(lang, 'report.issuer'), decree.issuer],
    [t(lang, 'report.subject'), decree.subject],
    [t(lang, 'report.place'), decree.place],
    [t(lang, 'report.signatory'), decree.signatory],
  ];
  const width = labelWidth(lang);
  return fields
    .filter(([, value]) => value)
    .map(([label, value]) => `  ${`${label}:`.padEnd(width)}${printable(value ?? '')}`);
}

function claimLines(doc: Document, lang: Lang): string[] {
  const label = `${t(lang, 'report.claim')}:`.padEnd(labelWidth(lang));
  return doc.claims.map((claim) => {
    const parts = claim.parts.map((part) => `${part.count} ${levelText(part.level, lang)}`).join(' + ');
    const page = claim.page !== undefined ? ` (${t(lang, 'report.on-page', { page: claim.page })})` : '';
    const qualifier = claim.qualifier ? `${t(lang, `qualifier.${claim.qualifier}`)} ` : '';
    return `  ${label}${qualifier}${claim.total}${parts ? ` = ${parts}` : ''}${page}`;
  });
}

function countLines(doc: Document, lang: Lang): string[] {
  // A press text lists no one; `0 appointees` would read as a finding.
  if (doc.status === 'unreadable' || doc.kind === 'text') return [];
  const byLevel = Object.entries(doc.counts.byLevel)
    .map(([level, count]) => `${levelText(level as Level, lang)} ${count}`)
    .join(', ');
  return [
    `  ${t(lang, 'report.appointees', { count: doc.counts.total })}${byLevel ? `: ${byLevel}` : ''}`,
    ...unverifiedLine(doc, lang),
  ];
}

/** Findings that mean the lampiran was not read well enough to vouch for any count. */
const UNVERIFIED = new Set(['attachment-uncertain', 'attachment-missing']);

/** One line a clerk cannot miss when the counts above could not be checked, and why. */
function unverifiedLine(doc: Document, lang: Lang): string[] {
  const reasons = doc.findings.filter((f) => UNVERIFIED.has(f.code));
  const [first] = reasons;
  if (!first) return [];
  const more =
    reasons.length > 1 ? ` (${t(lang, 'report.more-reasons', { count: reasons.length - 1 })})` : '';
  return [`  ${t(lang, 'report.not-verified')}: ${printable(findingMessage(first, lang))}${more}`];
}

/** Severity words padded to one width, so messages line up. */
function severityWords(lang: Lang): Record<Finding['severity'], string> {
  const words = {
    error: t(lang, 'severity.error'),
    warning: t(lang, 'severity.warning'),
    info: t(lang, 'severity.info'),
  };
  const width = Math.max(...Object.values(words).map((word) => word.length));
  return {
    error: words.error.padEnd(width),
    warning: words.warning.padEnd(width),
    info: words.info.padEnd(width),
  };
}

function findingLine(finding: Finding, c: ChalkInstance, lang: Lang): string {
  const where = [
    finding.page !== undefined ? t(lang, 'report.page', { page: finding.page }) : '',
    finding.row !== undefined ? t(lang, 'report.row', { row: finding.row }) : '',
    finding.cell ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const words = severityWords(lang);
  const severity =
    finding.severity === 'error'
      ? c.red(words.error)
      : finding.severity === 'warning'
        ? c.yellow(words.warning)
        : c.blue(words.info);
  const message = printable(findingMessage(finding, lang));
  return `${severity} ${where.padEnd(7)} ${message} ${c.dim(`(${finding.code})`)}`.replace(/ +$/, '');
}

function extractBlock(doc: Document, c: ChalkInstance, lang: Lang): string {
  const lines = [heading(doc, c, lang), ...decreeLines(doc, lang), ...countLines(doc, lang)];
  const rows = doc.appointees.map((a) => appointeeCells(a, lang));
  const header = [
    t(lang, 'extract.row'),
    'NIP',
    t(lang, 'extract.name'),
    t(lang, 'extract.grade'),
    t(lang, 'extract.level'),
    t(lang, 'extract.position'),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const render = (cells: string[]) =>
    `    ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd();
  if (rows.length > 0) lines.push(c.dim(render(header)), ...rows.map(render));
  return lines.join('\n');
}

function appointeeCells(a: Appointee, lang: Lang): string[] {
  const level = a.echelon ? `${a.echelon}` : levelText(a.level, lang);
  return [
    String(a.row),
    a.nip ?? '-',
    a.name ?? '-',
    a.grade ?? '-',
    a.levelInferred ? `${level}?` : level,
    a.positionNew ?? '-',
  ].map(printable);
}

function summaryLine(summary: Summary, c: ChalkInstance, lang: Lang): string {
  const parts = [
    t(lang, 'summary.documents', summary),
    t(lang, 'report.appointees', { count: summary.appointees }),
    t(lang, 'report.tally', summary),
  ];
  return c.bold(parts.join(' · '));
}
