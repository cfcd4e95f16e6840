import { Chalk, type ChalkInstance } from 'chalk';
import type { Level } from '../domain/level.js';
import type { Lang } from '../i18n/lang.js';
import { type CheckedOf, checkedText, claimText, reasonMessage, statusWord } from '../i18n/outcome.js';
import { findingMessage } from '../i18n/said.js';
import { t } from '../i18n/ui.js';
import { levelText, tanggal } from '../i18n/words.js';
import type { Appointee, Document, Finding, Report, Summary } from '../model.js';
import { fileCount } from '../part-source.js';
import { printable } from '../printable.js';
import { each, severityCount, sizeOf } from '../spill.js';

export interface TextOptions {
  color: boolean;
  /** Only documents with findings, and only their findings. */
  quiet?: boolean;
  /** `extract` lists the appointees; `check` lists the findings. */
  mode?: 'check' | 'extract';
  /** The language a person reads the report in (default English). */
  lang?: Lang;
  /** Every finding on its own line, also of a code that hits more than `GROUP_OVER` rows. */
  all?: boolean;
}

/** A code on more rows than this is one line (`rank-grade-mismatch on 833,412 rows: rows 1, 2, ...`). */
const GROUP_OVER = 10;

/** The human summary: a few lines per document a clerk can read at a glance. */
/** Text from a file must not steer the terminal: control characters (ESC, CR, ...) become `?`. */
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
function textDocument(doc: Document, options: TextOptions): string | null {
  const lines = textDocumentLines(doc, options);
  return lines === null ? null : [...lines].join('\n');
}

/** One document's block line by line (a roster may have a million findings), or null when `quiet` leaves it out. */
export function textDocumentLines(doc: Document, options: TextOptions): Iterable<string> | null {
  if (options.quiet && sizeOf(doc.findings) === 0 && !needsEye(doc)) return null;
  const c = chalkFor(options);
  const lang = options.lang ?? 'en';
  return options.mode === 'extract'
    ? extractBlock(doc, c, lang)
    : checkBlock(doc, c, options.quiet ?? false, options.all ?? false, lang);
}

/** A document a clerk must look at even without findings: one not verified. */
function needsEye(doc: Document): boolean {
  return doc.status === 'unverified' || doc.status === 'invalid';
}

export function textSummary(summary: Summary, options: TextOptions): string {
  return summaryLine(summary, chalkFor(options), options.lang ?? 'en');
}

const CHALKS = [new Chalk({ level: 0 }), new Chalk({ level: 1 })] as const;

function chalkFor(options: TextOptions): ChalkInstance {
  return CHALKS[options.color ? 1 : 0];
}

const STATUS_COLOURS = {
  verified: 'green',
  invalid: 'red',
  unverified: 'yellow',
  'not-a-decree': 'dim',
  unreadable: 'red',
} as const satisfies Record<Document['status'], keyof ChalkInstance>;

function statusLabel(doc: Document, c: ChalkInstance, lang: Lang): string {
  return c[STATUS_COLOURS[doc.status]](statusWord(doc.status, lang));
}

/** An unreadable input names no kind: nothing was read to say what it is (a missing path, a picture). */
function heading(doc: Document, c: ChalkInstance, lang: Lang): string {
  // A PDF that is no decree is not called a decree PDF in the line that says it is not one.
  const name =
    doc.status === 'not-a-decree' && doc.kind === 'pdf' ? 'kind.other-pdf' : (`kind.${doc.kind}` as const);
  const kind = doc.status === 'unreadable' ? '' : `  ${c.dim(t(lang, name))}`;
  return `${c.bold(printable(doc.source))}${kind}  ${statusLabel(doc, c, lang)}`;
}

function* checkBlock(
  doc: Document,
  c: ChalkInstance,
  quiet: boolean,
  all: boolean,
  lang: Lang,
): Generator<string> {
  yield heading(doc, c, lang);
  if (doc.sources)
    yield `  ${t(lang, 'report.files', { count: fileCount(doc.sources) })}: ${printable(doc.sources.join(' + '))}`;
  if (!quiet) yield* [...decreeLines(doc, lang), ...claimLines(doc, lang), ...countLines(doc, lang)];
  yield* outcomeLines(doc, c, lang);
  const errors = severityCount(doc.findings, 'error');
  const warnings = severityCount(doc.findings, 'warning');
  if (sizeOf(doc.findings) === 0) yield `  ${c.green(t(lang, 'report.no-findings'))}`;
  else yield `  ${t(lang, 'report.tally', { errors, warnings })}:`;
  const groups = all ? new Map<string, RowGroup>() : rowGroups(doc.findings);
  for (const finding of each(doc.findings)) {
    const group = finding.row !== undefined ? groups.get(finding.code) : undefined;
    if (!group) yield `    ${findingLine(finding, c, lang)}`;
    else if (!group.shown) {
      group.shown = true;
      yield `    ${groupLine(finding, group, c, lang)}`;
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
function groupLine(finding: Finding, group: RowGroup, c: ChalkInstance, lang: Lang): string {
  const rows = group.rows.slice(0, GROUP_OVER).join(', ');
  const count = group.count.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
  return `${severityLabel(finding, c, lang)} ${t(lang, 'report.group', { code: finding.code, count, rows })}`;
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
    return doc.status === 'unreadable' || doc.status === 'not-a-decree'
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
    const page = claim.page !== undefined ? ` (${t(lang, 'report.on-page', { page: claim.page })})` : '';
    const qualifier = claim.qualifier ? `${t(lang, `qualifier.${claim.qualifier}`)} ` : '';
    return `  ${label}${qualifier}${claimText(claim, lang)}${page}`;
  });
}

function countLines(doc: Document, lang: Lang): string[] {
  // A press text lists no one; `0 appointees` would read as a finding.
  if (doc.status === 'unreadable' || doc.kind === 'text' || doc.status === 'not-a-decree') return [];
  const byLevel = Object.entries(doc.counts.byLevel)
    .map(([level, count]) => `${levelText(level as Level, lang)} ${count}`)
    .join(', ');
  return [`  ${t(lang, 'report.appointees', { count: doc.counts.total })}${byLevel ? `: ${byLevel}` : ''}`];
}

/** The line "checked: ..." and, when something could not be checked, one line a clerk cannot miss for each reason. */
function outcomeLines(doc: Document, c: ChalkInstance, lang: Lang): string[] {
  const lines: string[] = [];
  if (doc.checked)
    lines.push(`  ${t(lang, 'report.checked')}: ${printable(checkedText(doc as CheckedOf, lang))}`);
  for (const reason of doc.unverified ?? [])
    lines.push(
      `  ${c.yellow(`${t(lang, 'report.not-verified')}:`)} ${printable(reasonMessage(reason, lang))}`,
    );
  return lines;
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

function severityLabel(finding: Finding, c: ChalkInstance, lang: Lang): string {
  const words = severityWords(lang);
  if (finding.severity === 'error') return c.red(words.error);
  return finding.severity === 'warning' ? c.yellow(words.warning) : c.blue(words.info);
}

function findingLine(finding: Finding, c: ChalkInstance, lang: Lang): string {
  const where = findingPlace(finding, lang);
  const place = where === '' ? ' '.repeat(7) : `${printable(where)}:`;
  const message = printable(findingMessage(finding, lang));
  return `${severityLabel(finding, c, lang)} ${place} ${message} ${c.dim(`(${finding.code})`)}`.replace(
    / +$/,
    '',
  );
}

/** `page 3 row 12 (Budi Maulana)`, then where a clerk opens it: `, line 15` (CSV) or `, cell C15` (XLSX). */
function findingPlace(finding: Finding, lang: Lang): string {
  const person = finding.person ? ` (${finding.person})` : '';
  const at = [
    finding.file ?? '',
    finding.page !== undefined ? t(lang, 'report.page', { page: finding.page }) : '',
    finding.row !== undefined ? `${t(lang, 'report.row', { row: finding.row })}${person}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const opened =
    finding.line !== undefined
      ? t(lang, 'report.line', { line: finding.line })
      : finding.cell
        ? t(lang, 'report.cell', { cell: finding.cell })
        : '';
  return at && opened ? `${at}, ${opened}` : at || opened;
}

function* extractBlock(doc: Document, c: ChalkInstance, lang: Lang): Generator<string> {
  yield* [heading(doc, c, lang), ...decreeLines(doc, lang), ...countLines(doc, lang)];
  const header = [
    t(lang, 'extract.row'),
    'NIP',
    t(lang, 'extract.name'),
    t(lang, 'extract.grade'),
    t(lang, 'extract.level'),
    t(lang, 'extract.position'),
  ];
  // Two passes over the appointees, the second to print: a roster's million are never all held.
  const widths = header.map((h) => h.length);
  for (const a of each(doc.appointees)) {
    for (const [i, cell] of appointeeCells(a, lang).entries())
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
  }
  const render = (cells: string[]) =>
    `    ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd();
  if (sizeOf(doc.appointees) === 0) return;
  yield c.dim(render(header));
  for (const a of each(doc.appointees)) yield render(appointeeCells(a, lang));
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
  if (summary.skipped) parts.push(t(lang, 'summary.skipped', { count: summary.skipped }));
  const { baseline } = summary;
  if (baseline) parts.push(t(lang, 'summary.baseline', { count: baseline.suppressed, file: baseline.file }));
  const line = c.bold(parts.join(' · '));
  if (!baseline || baseline.gone.length === 0) return line;
  // What the baseline holds that this run no longer finds: each entry, so that it can be pruned.
  const gone = baseline.gone.map(
    (entry) =>
      `  ${printable(entry.document)}: ${entry.code} ${printable(entry.key)}${entry.count > 1 ? ` (×${entry.count})` : ''}`,
  );
  return [line, t(lang, 'summary.baseline-gone', { count: baseline.gone.length }), ...gone].join('\n');
}
