import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/lang.js';
import { findingMessage, localizeDocument, saidOf, withSaid } from '../i18n/said.js';
import { t } from '../i18n/ui.js';
import { tanggal } from '../i18n/words.js';
import type { AuditChanges, AuditGroup, Finding, Report } from '../model.js';
import { printable } from '../printable.js';
import { formatAuditHtml } from './audit-html.js';
import { changeLines, changeTally, sourceName, totalsCells, verdictOf } from './audit-lines.js';
import { findingsCsvLines, formatFindingsCsv } from './csv.js';
import type { Paper } from './html-css.js';
import { formatJson, formatNdjson } from './json.js';
import { formatText } from './text.js';

export interface AuditTextOptions {
  color: boolean;
  quiet?: boolean;
  /** The language of the text report (default English). */
  lang?: Lang;
  /** The language of the messages in JSON, NDJSON and CSV (default English). */
  messages?: Lang;
  /** The paper of the HTML report. */
  paper?: Paper | undefined;
}

/** The totals as each source states them, one row per statement, one column per level any states. */
function totalsTable(group: AuditGroup, lang: Lang): string[] {
  if (group.totals.length === 0) return [`  ${t(lang, 'audit.totals-none')}`];
  const { header, rows } = totalsCells(group, lang);
  const cells = rows.map(([source = '', ...rest]) => [printable(source), ...rest]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => (row[i] ?? '').length)));
  const render = (line: string[]) =>
    `    ${line.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`.trimEnd();
  return [`  ${t(lang, 'audit.totals')}:`, render(header), ...cells.map(render)];
}

/**
 * What changed between two sources: one line per field that differs, one per person added or
 * removed; a heading that says `nothing` where every person and field is the same.
 */
function changesTable(changes: AuditChanges, lang: Lang): string[] {
  const heading = `  ${t(lang, 'audit.changes', { from: printable(changes.from), to: printable(changes.to) })}: ${changeTally(changes, lang)}`;
  if (changes.people.length === 0) return [heading];
  const header = [
    t(lang, 'audit.head-nip'),
    t(lang, 'audit.head-name'),
    t(lang, 'audit.head-rows'),
    t(lang, 'audit.head-change'),
    printable(changes.from),
    printable(changes.to),
  ];
  const rows = changeLines(changes, lang).map((line) =>
    [
      line.first ? line.nip : '',
      line.first ? line.name : '',
      line.first ? line.rows : '',
      line.what,
      line.from,
      line.to,
    ].map(printable),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const render = (cells: string[]) =>
    `    ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  return [heading, render(header), ...rows.map(render)];
}

function findingLine(finding: Finding, c: ChalkInstance, lang: Lang): string {
  const error = t(lang, 'severity.error');
  const warning = t(lang, 'severity.warning');
  const width = Math.max(error.length, warning.length);
  const severity =
    finding.severity === 'error' ? c.red(error.padEnd(width)) : c.yellow(warning.padEnd(width));
  return `    ${severity} ${printable(findingMessage(finding, lang))} ${c.dim(`(${finding.code})`)}`;
}

function groupBlock(group: AuditGroup, c: ChalkInstance, lang: Lang): string {
  const title = group.number ? `SK ${printable(group.number)}` : t(lang, 'audit.no-number');
  const date = group.date && lang === 'id' ? tanggal(group.date) : group.date;
  const lines = [c.bold(`${title}${date ? `  ${date}` : ''}`)];
  const sources = group.sources.map((s) => printable(sourceName(s, lang)));
  lines.push(`  ${t(lang, 'audit.sources')}: ${sources.join(', ')}`);
  lines.push(...totalsTable(group, lang));
  for (const changes of group.changes ?? []) lines.push(...changesTable(changes, lang));
  const errors = group.findings.filter((f) => f.severity === 'error').length;
  const warnings = group.findings.filter((f) => f.severity === 'warning').length;
  const verdict = verdictOf(group);
  if (verdict === 'agree') lines.push(`  ${c.green(t(lang, 'audit.agree'))}`);
  else if (verdict === 'totals-differ') lines.push(`  ${c.yellow(t(lang, 'audit.totals-differ'))}`);
  else lines.push(`  ${t(lang, 'audit.differences')}: ${t(lang, 'report.tally', { errors, warnings })}`);
  lines.push(...group.findings.map((f) => findingLine(f, c, lang)));
  return lines.join('\n');
}

/** Groups with a decree PDF are decrees audited; the others (a roster against a press text) are not. */
function auditedGroups(groups: readonly AuditGroup[]): { decrees: number; others: number } {
  const decrees = groups.filter((g) => g.sources.some((s) => s.role === 'decree')).length;
  return { decrees, others: groups.length - decrees };
}

/** `sk-check audit` as text: one block per decree (sources, totals, differences), then each input's own findings. */
export function formatAuditText(report: Report, options: AuditTextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lang = options.lang ?? 'en';
  const groups = (report.audit ?? []).filter((g) => !options.quiet || g.findings.length > 0);
  const blocks = groups.map((group) => groupBlock(group, c, lang));
  const documents = formatText(report, { color: options.color, quiet: true, mode: 'check', lang });
  if (documents !== '') blocks.push(`${c.bold(t(lang, 'audit.own-findings'))}\n\n${documents.trimEnd()}`);
  if (!options.quiet) {
    const audit = (report.audit ?? []).flatMap((g) => g.findings);
    const { summary } = report;
    const line = t(lang, 'audit.summary', {
      ...auditedGroups(report.audit ?? []),
      inputs: summary.documents,
      errors: audit.filter((f) => f.severity === 'error').length,
      warnings: audit.filter((f) => f.severity === 'warning').length,
      inputErrors: summary.errors,
      inputWarnings: summary.warnings,
    });
    blocks.push(c.bold(line));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** The formats `sk-check audit` writes; xlsx is for check and extract. */
export const AUDIT_FORMATS = ['text', 'json', 'ndjson', 'csv', 'html'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export function isAuditFormat(format: string): format is AuditFormat {
  return (AUDIT_FORMATS as readonly string[]).includes(format);
}

/**
 * Renders an audit report in any format: JSON carries `audit` (the tables of changes in it); NDJSON
 * adds one line per group; CSV lists audit findings with their sources; HTML is read by a person, in
 * the report's language.
 */
export function formatAudit(whole: Report, format: AuditFormat, options: AuditTextOptions): string {
  const lang = options.lang ?? 'en';
  const report =
    format === 'text' ? whole : localizeReport(whole, format === 'html' ? lang : (options.messages ?? 'en'));
  const groups = report.audit ?? [];
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'ndjson': {
      const lines = formatNdjson(report).split('\n');
      const summary = lines.splice(-2, 2);
      const audit = groups.map((group) => JSON.stringify({ audit: group }));
      return `${[...lines, ...audit, ...summary].join('\n')}`;
    }
    case 'csv':
      // Audit findings are rows whose source names the inputs they compare; a group has no outcome.
      return (
        formatFindingsCsv(report) +
        groups
          .flatMap((group) => group.findings)
          .map(({ sources = [], ...finding }) => findingsCsvLines(sources.join(' + '), [finding]))
          .join('')
      );
    case 'text':
      return formatAuditText(report, options);
    case 'html':
      return formatAuditHtml(report, { lang, paper: options.paper });
    default: {
      // Exhaustive: a format added to AUDIT_FORMATS without a case here does not compile.
      const unknown: never = format;
      throw new Error(`audit has no ${String(unknown)} format`);
    }
  }
}

/** The report with every finding's message in `lang`, for a machine format given `--lang`. */
function localizeReport(report: Report, lang: Lang): Report {
  if (lang === 'en') return report;
  const localize = (f: Finding) => withSaid({ ...f, message: findingMessage(f, lang) }, saidOf(f));
  const audit = report.audit?.map((group) => ({ ...group, findings: group.findings.map(localize) }));
  return {
    ...report,
    documents: report.documents.map((doc) => localizeDocument(doc, lang)),
    ...(audit ? { audit } : {}),
  };
}
